-- Added-value tags observed per municipality in a period: how many notes carry each tag.
-- Only notes the authors opened up beyond themselves count (visibility other than 'eigen').
-- Grain: one row per (municipality or Regio, tag) with at least one note; Regio has code null.
-- Params: $start date (inclusive), $end date (exclusive);
--   $municipality varchar or null (null = all; else that municipality and regional notes).
select
    n.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    t.code as tag_code,
    t.label as tag_label,
    t.description as tag_description,
    count(distinct n.id) as notes,
from note as n
inner join note_added_value as nav on nav.note_id = n.id
inner join added_value_tag as t on t.code = nav.tag_code
left join municipality as m on m.code = n.municipality_code
where n.note_date >= $start
    and n.note_date < $end
    and n.visibility <> 'eigen'
    and ($municipality is null or n.municipality_code is null or n.municipality_code = $municipality)
group by n.municipality_code, m.name, t.code, t.label, t.description, t.sort_order
order by n.municipality_code is null, municipality_name, notes desc, t.sort_order
