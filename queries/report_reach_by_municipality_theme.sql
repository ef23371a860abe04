-- Residents reached per municipality and theme in a period (an activity counts for each theme).
-- Grain: one row per (municipality or Regio, theme) with at least one activity; Regio has code null.
-- Params: $start date (inclusive), $end date (exclusive).
select
    a.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    t.code as theme_code,
    t.label as theme_label,
    t.sort_order as theme_sort_order,
    count(*) as activities,
    sum(a.residents_reached)::bigint as residents_reached,
from activity as a
inner join activity_theme as at_ on at_.activity_id = a.id
inner join theme as t on t.code = at_.theme_code
left join municipality as m on m.code = a.municipality_code
where a.activity_date >= $start and a.activity_date < $end
group by a.municipality_code, m.name, t.code, t.label, t.sort_order
order by a.municipality_code is null, municipality_name, t.sort_order
