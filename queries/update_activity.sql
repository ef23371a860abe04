-- Change an activity if nobody changed it since the editor read it (optimistic locking).
-- Grain: updates one row or none; the result is the count (0: changed meanwhile).
-- DuckDB 2.0: no RETURNING here, it turns the update into delete+insert, which a referenced
-- row refuses. Callers delete activity_theme rows first: FK columns are set too.
-- Params: $id bigint, $seen_version integer, and the editable fields of insert_activity
--   ($activity_date, $sub_assignment_id, $municipality_code, $activity_type_code, $form,
--   $residents_reached, $residents_estimated, $hours, $care_relation, $setting_code).
update activity
set
    activity_date = $activity_date,
    sub_assignment_id = $sub_assignment_id,
    municipality_code = $municipality_code,
    activity_type_code = $activity_type_code,
    form = $form,
    residents_reached = $residents_reached,
    residents_estimated = $residents_estimated,
    hours = $hours,
    care_relation = $care_relation,
    setting_code = $setting_code,
    version = version + 1,
    updated_at = current_timestamp
where id = $id and version = $seen_version
