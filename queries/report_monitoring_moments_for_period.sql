-- Monitoring moments of sub-assignments that fell due or were held in a period, with reflections.
-- Grain: one row per monitoring moment, by sub-assignment and due date.
-- Params: $start date (inclusive), $end date (exclusive).
select
    mm.id,
    mm.sub_assignment_id,
    s.title as sub_assignment_title,
    mm.due_date,
    mm.held_date,
    mm.reflection,
    mm.figures_discussed,
from monitoring_moment as mm
inner join sub_assignment as s on s.id = mm.sub_assignment_id
where (mm.due_date >= $start and mm.due_date < $end)
    or (mm.held_date >= $start and mm.held_date < $end)
order by mm.sub_assignment_id, mm.due_date
