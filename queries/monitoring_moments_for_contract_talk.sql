-- Monitoring moments held since the previous talk, and those due by the next talk not yet held.
-- Grain: one row per monitoring moment, held ones first, then by due date.
-- Params: $since date (previous talk), $until date (next talk).
select
    mm.id,
    s.title as sub_assignment_title,
    coalesce(m.name, 'Regio') as municipality_name,
    mm.due_date,
    mm.held_date,
    mm.reflection,
from monitoring_moment as mm
inner join sub_assignment as s on s.id = mm.sub_assignment_id
left join municipality as m on m.code = s.municipality_code
where (mm.held_date is not null and mm.held_date >= $since)
    or (mm.held_date is null and mm.due_date <= $until)
order by mm.held_date is null, mm.due_date, mm.id
