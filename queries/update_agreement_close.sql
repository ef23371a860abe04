-- Close an open agreement with a note on what came of it.
-- Grain: updates at most one agreement; returns the count of updated rows (0: not open).
-- Params: $agreement_id bigint, $outcome varchar.
update agreement
set
    status = 'afgerond',
    outcome = $outcome,
    closed_at = current_timestamp
where id = $agreement_id
    and status = 'open'
