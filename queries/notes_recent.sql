-- The newest narrative notes in a period that the viewer may read, with their context.
-- Grain: one row per note, newest first, at most $limit rows.
-- Params: $start date, $end date (exclusive), $limit integer;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.id,
    n.note_date,
    n.level,
    n.body,
    n.visibility,
    p.display_name as author,
    m.name as municipality_name,
    s.title as sub_assignment_title,
    list(t.label order by t.sort_order) filter (where t.label is not null) as tags,
from note as n
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join sub_assignment as s on s.id = n.sub_assignment_id
left join note_added_value as nav on nav.note_id = n.id
left join added_value_tag as t on t.code = nav.tag_code
where n.note_date >= $start
    and n.note_date < $end
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
group by all
order by n.note_date desc, n.id desc
limit $limit
