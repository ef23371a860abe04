-- The narrative notes linked to one sub-assignment that the viewer may read.
-- Grain: one row per note, newest first.
-- Params: $id bigint (sub-assignment);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.id,
    n.note_date,
    n.level,
    n.body,
    n.visibility,
    p.display_name as author,
    m.name as municipality_name,
    list(t.label order by t.sort_order) filter (where t.label is not null) as tags,
from note as n
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join note_added_value as nav on nav.note_id = n.id
left join added_value_tag as t on t.code = nav.tag_code
where n.sub_assignment_id = $id
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
group by all
order by n.note_date desc, n.id desc
