-- Rewrite the progress narrative of a development goal for a half-year.
-- Grain: one updated row; returns the row count.
-- Params: $id bigint; $narrative, $written_by varchar.
-- No "returning": DuckDB 2.0 refuses it on a row that foreign keys point at.
update goal_progress
set
    narrative = $narrative,
    written_by = $written_by,
    updated_at = current_timestamp
where id = $id
