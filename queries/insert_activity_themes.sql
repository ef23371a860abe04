-- Attach themes to an activity.
-- Grain: inserts one activity_theme row per theme code.
-- Params: $activity_id bigint, $theme_codes varchar[].
insert into activity_theme (activity_id, theme_code)
select $activity_id, unnest($theme_codes::varchar[])
