-- Quotable notes of a period: the only notes a report may quote, with their tags and whether
-- the coördinator selected them for this period.
-- Grain: one row per note with visibility 'citeerbaar' in the period, by municipality, most
--   tagged first. Regional notes (municipality null) come last.
-- Params: $period varchar ('2025-H2'), $start date (inclusive), $end date (exclusive);
--   $municipality varchar or null (null = all; else what that municipality may read).
select
    n.id as note_id,
    n.note_date,
    n.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    n.level,
    n.body,
    list(t.label order by t.sort_order) filter (where t.label is not null) as tags,
    count(t.code) as tag_count,
    exists (
        select 1 from report_quote as q where q.period = $period and q.note_id = n.id
    ) as selected,
from note as n
left join municipality as m on m.code = n.municipality_code
left join note_added_value as nav on nav.note_id = n.id
left join added_value_tag as t on t.code = nav.tag_code
where n.note_date >= $start
    and n.note_date < $end
    and n.visibility = 'citeerbaar'
    and (
        $municipality is null
        or note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code, 'gemeente', null, $municipality
        )
    )
group by n.id, n.note_date, n.municipality_code, m.name, n.level, n.body
order by n.municipality_code is null, municipality_name, tag_count desc, n.note_date desc, n.id
