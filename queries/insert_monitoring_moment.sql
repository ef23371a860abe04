-- Materialise a monitoring moment, with its reflection when it is recorded at once.
-- Grain: one inserted row; returns its id.
-- Params: $sub_assignment_id bigint; $due_date date; $held_date date or null;
--   $reflection varchar or null; $figures_discussed varchar; $recorded_by varchar or null.
insert into monitoring_moment (
    sub_assignment_id, due_date, held_date, reflection, figures_discussed, recorded_by,
    recorded_at
)
values (
    $sub_assignment_id, $due_date, $held_date, $reflection, $figures_discussed, $recorded_by,
    case when $held_date is null then null else current_timestamp end
)
returning id
