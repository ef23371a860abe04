-- Link a sub-assignment to the chosen goals.
-- Grain: one inserted row of sub_assignment_goal per code.
-- Params: $sub_assignment_id bigint; $codes varchar[] (may be empty).
insert into sub_assignment_goal (sub_assignment_id, goal_code)
select
    $sub_assignment_id as sub_assignment_id,
    unnest($codes::varchar[]) as goal_code
