-- Remove the themes of an activity (before replacing them or deleting the activity).
-- Grain: deletes every activity_theme row of the activity.
-- Params: $activity_id bigint.
delete from activity_theme
where activity_id = $activity_id
