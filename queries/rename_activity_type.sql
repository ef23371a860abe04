-- Change the label of an activity type; DuckDB refuses this once rows refer to it.
-- Grain: one row updated (no RETURNING: DuckDB then refuses rows other tables refer to).
-- Params: $code, $label varchar.
update activity_type
set label = $label
where code = $code
