-- The recorded monitoring moment of a sub-assignment on a due date, if there is one.
-- Grain: zero or one row (unique on sub-assignment and due date).
-- Params: $sub_assignment_id bigint; $due_date date.
select
    mm.id,
    mm.due_date,
    mm.held_date,
    mm.reflection,
    mm.figures_discussed,
from monitoring_moment as mm
where mm.sub_assignment_id = $sub_assignment_id and mm.due_date = $due_date
