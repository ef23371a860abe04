-- Write a signal's new status and response, only if nobody changed it since it was read.
-- Grain: updates at most one signal; returns the count of updated rows (0: version conflict).
-- No RETURNING: DuckDB 2.0 turns an update with RETURNING into delete+insert, which the foreign
-- keys of signal_theme/signal_note refuse.
-- Params: $signal_id bigint, $version integer (as read), $status varchar, $response varchar or
--   null, $responded_by varchar or null, $responded_at timestamptz or null,
--   $fed_back boolean. (contract_talk_id is not updatable here: see signal_discussion.)
update signal
set
    status = $status,
    response = $response,
    responded_by = $responded_by,
    responded_at = $responded_at,
    fed_back = $fed_back,
    version = version + 1,
    updated_at = current_timestamp
where id = $signal_id
    and version = $version
