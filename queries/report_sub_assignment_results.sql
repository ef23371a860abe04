-- Sub-assignments running in a period with their own goals and method, and what happened.
-- Grain: one row per sub-assignment overlapping the period (not in preparation), by title.
-- Params: $start date (inclusive), $end date (exclusive);
--   $municipality varchar or null (null = all; else that municipality and regional ones).
with acts as (
    select
        sub_assignment_id,
        count(*) as activities,
        sum(hours)::double as hours,
        sum(residents_reached)::bigint as residents_reached,
    from activity
    where activity_date >= $start and activity_date < $end and sub_assignment_id is not null
    group by sub_assignment_id
),

notes as (
    select sub_assignment_id, count(*) as notes
    from note
    where note_date >= $start
        and note_date < $end
        and sub_assignment_id is not null
        and visibility <> 'eigen'
    group by sub_assignment_id
)

select
    s.id,
    s.title,
    s.description,
    coalesce(m.name, 'Regio') as municipality_name,
    s.goals,
    s.monitoring_method,
    s.frequency,
    s.accountability,
    s.signs,
    s.start_date,
    s.end_date,
    s.status,
    coalesce(a.activities, 0) as activities,
    coalesce(a.hours, 0)::double as hours,
    coalesce(a.residents_reached, 0)::bigint as residents_reached,
    coalesce(n.notes, 0) as notes,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
left join acts as a on a.sub_assignment_id = s.id
left join notes as n on n.sub_assignment_id = s.id
where s.start_date < $end
    and (s.end_date is null or s.end_date >= $start)
    and s.status <> 'in_voorbereiding'
    and ($municipality is null or s.municipality_code is null or s.municipality_code = $municipality)
order by s.title
