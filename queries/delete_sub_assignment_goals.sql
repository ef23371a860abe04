-- Remove every goal link of a sub-assignment (before writing the chosen ones again).
-- Grain: deletes zero or more rows of sub_assignment_goal.
-- Params: $sub_assignment_id bigint.
delete from sub_assignment_goal
where sub_assignment_id = $sub_assignment_id
