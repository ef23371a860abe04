-- Move a story round to its next status; closed_at is set when it is finished.
-- Grain: the one round; DuckDB reports the number of rows changed (0 when the status moved
-- on meanwhile). No RETURNING: story_round is referenced by foreign keys (DuckDB 2.0 refuses it).
-- Params: $round_id bigint, $from_status varchar, $to_status varchar.
update story_round
set
    status = $to_status,
    closed_at = case when $to_status = 'afgerond' then current_timestamp else closed_at end
where id = $round_id and status = $from_status
