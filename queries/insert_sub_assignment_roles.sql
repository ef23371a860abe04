-- Link a sub-assignment to the chosen roles.
-- Grain: one inserted row of sub_assignment_role per code.
-- Params: $sub_assignment_id bigint; $codes varchar[] (may be empty).
insert into sub_assignment_role (sub_assignment_id, activity_type_code)
select
    $sub_assignment_id as sub_assignment_id,
    unnest($codes::varchar[]) as activity_type_code
