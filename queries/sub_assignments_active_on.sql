-- Sub-assignments that can carry an activity or note on a day in a municipality or the region:
-- active, the day inside their period (end date inclusive), and either regional or of that
-- municipality. A regional choice ($municipality_code null) offers regional ones only.
-- Grain: one row per sub-assignment, by title.
-- Params: $day date; $municipality_code varchar or null (the region).
select
    s.id,
    s.title,
    s.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
where s.status = 'actief'
    and s.start_date <= $day
    and (s.end_date is null or s.end_date >= $day)
    and (s.municipality_code is null or s.municipality_code = $municipality_code)
order by s.title
