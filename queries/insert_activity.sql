-- Register one activity (from the form or an import).
-- Grain: inserts one activity row; returns its id.
-- Params: $activity_date date, $peer_expert_id bigint, $sub_assignment_id bigint or null,
--   $municipality_code varchar or null (region), $activity_type_code varchar, $form varchar,
--   $residents_reached integer, $residents_estimated boolean, $hours decimal,
--   $care_relation varchar or null, $setting_code varchar or null, $source varchar,
--   $source_id varchar or null, $import_batch_id bigint or null, $created_by varchar.
insert into activity (
    activity_date, peer_expert_id, sub_assignment_id, municipality_code, activity_type_code,
    form, residents_reached, residents_estimated, hours, care_relation, setting_code, source,
    source_id, import_batch_id, created_by
)
values (
    $activity_date, $peer_expert_id, $sub_assignment_id, $municipality_code, $activity_type_code,
    $form, $residents_reached, $residents_estimated, $hours, $care_relation, $setting_code,
    $source, $source_id, $import_batch_id, $created_by
)
returning id
