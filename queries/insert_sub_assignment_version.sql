-- Keep the terms of a sub-assignment as they were before a change replaced them.
-- Grain: one inserted row per replaced version.
-- Params: $sub_assignment_id bigint; $version integer (the replaced version);
--   $goals, $monitoring_method, $frequency, $accountability, $signs varchar;
--   $changed_by varchar (login of who replaced them).
insert into sub_assignment_version (
    sub_assignment_id, version, goals, monitoring_method, frequency, accountability, signs,
    changed_by
)
values (
    $sub_assignment_id, $version, $goals, $monitoring_method, $frequency, $accountability,
    $signs, $changed_by
)
