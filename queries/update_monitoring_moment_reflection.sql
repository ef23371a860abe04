-- Record the reflection of a moment that has none yet.
-- Grain: one updated row, or none when it was recorded meanwhile; returns the row count.
-- Params: $id bigint; $held_date date; $reflection, $figures_discussed, $recorded_by varchar.
update monitoring_moment
set
    held_date = $held_date,
    reflection = $reflection,
    figures_discussed = $figures_discussed,
    recorded_by = $recorded_by,
    recorded_at = current_timestamp
where id = $id and held_date is null
