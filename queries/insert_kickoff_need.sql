-- Add a need found at a kick-off.
-- Grain: one inserted row; returns its id.
-- Params: $kickoff_id bigint; $activity_type_code, $theme_code, $description varchar;
--   $setting_code varchar or null; $sub_assignment_id bigint or null.
insert into kickoff_need (
    kickoff_id, activity_type_code, theme_code, setting_code, description, sub_assignment_id
)
values (
    $kickoff_id, $activity_type_code, $theme_code, $setting_code, $description,
    $sub_assignment_id
)
returning id
