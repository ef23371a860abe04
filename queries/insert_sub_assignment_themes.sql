-- Link a sub-assignment to the chosen themes.
-- Grain: one inserted row of sub_assignment_theme per code.
-- Params: $sub_assignment_id bigint; $codes varchar[] (may be empty).
insert into sub_assignment_theme (sub_assignment_id, theme_code)
select
    $sub_assignment_id as sub_assignment_id,
    unnest($codes::varchar[]) as theme_code
