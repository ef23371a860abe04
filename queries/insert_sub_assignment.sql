-- Create a sub-assignment with its agreed terms (version 1).
-- Grain: one inserted row; returns its id.
-- Params: $title, $description, $goals, $monitoring_method, $frequency, $accountability,
--   $signs, $status varchar; $municipality_code varchar or null (regional);
--   $start_date date; $end_date date or null.
insert into sub_assignment (
    title, description, municipality_code, goals, monitoring_method, frequency,
    accountability, signs, start_date, end_date, status
)
values (
    $title, $description, $municipality_code, $goals, $monitoring_method, $frequency,
    $accountability, $signs, $start_date, $end_date, $status
)
returning id
