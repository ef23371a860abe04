-- One agreement as it stands, read inside a write to check it.
-- Grain: zero or one row.
-- Params: $agreement_id bigint.
select
    id,
    contract_talk_id,
    kind,
    description,
    owner,
    due_date,
    municipality_code,
    period_start,
    period_end,
    reason,
    status,
    outcome,
    closed_at,
from agreement
where id = $agreement_id
