-- The agreements, actions and key deviations recorded in one contract talk.
-- Grain: one row per agreement, in the order they were recorded.
-- Params: $contract_talk_id bigint.
select
    a.id,
    a.kind,
    a.description,
    a.owner,
    a.due_date,
    a.municipality_code,
    m.name as municipality_name,
    a.period_start,
    a.period_end,
    a.reason,
    a.status,
    a.outcome,
    a.closed_at,
from agreement as a
left join municipality as m on m.code = a.municipality_code
where a.contract_talk_id = $contract_talk_id
order by a.id
