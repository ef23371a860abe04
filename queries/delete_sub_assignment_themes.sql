-- Remove every theme link of a sub-assignment (before writing the chosen ones again).
-- Grain: deletes zero or more rows of sub_assignment_theme.
-- Params: $sub_assignment_id bigint.
delete from sub_assignment_theme
where sub_assignment_id = $sub_assignment_id
