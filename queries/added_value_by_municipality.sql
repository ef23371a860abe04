-- How often each added-value tag occurs in the notes of a period that the viewer may read.
-- Grain: one row per (municipality or region, tag) with at least one note; region has a null
--   code and the name 'Regio'; ordered by municipality name (region last) and tag order.
-- Params: $start date, $end date (exclusive);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    t.code as tag_code,
    t.label as tag_label,
    count(distinct n.id) as notes,
from note as n
inner join note_added_value as nav on nav.note_id = n.id
inner join added_value_tag as t on t.code = nav.tag_code
left join municipality as m on m.code = n.municipality_code
where n.note_date >= $start
    and n.note_date < $end
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
group by n.municipality_code, m.name, t.code, t.label, t.sort_order
order by m.name nulls last, t.sort_order
