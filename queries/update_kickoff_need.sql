-- Change a need of a kick-off, including the sub-assignment it became.
-- Grain: one updated row; returns the row count.
-- Params: $id bigint; $activity_type_code, $theme_code, $description varchar;
--   $setting_code varchar or null; $sub_assignment_id bigint or null.
update kickoff_need
set
    activity_type_code = $activity_type_code,
    theme_code = $theme_code,
    setting_code = $setting_code,
    description = $description,
    sub_assignment_id = $sub_assignment_id
where id = $id
