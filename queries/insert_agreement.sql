-- Record one agreement, action or agreed key deviation made in a contract talk.
-- Grain: one new agreement row (status open); returns its id.
-- Params: $contract_talk_id bigint, $kind varchar ('afspraak', 'afwijking_verdeelsleutel',
--   'actie'), $description varchar, $owner varchar, $due_date date or null,
--   $municipality_code varchar or null, $period_start date or null, $period_end date or null,
--   $reason varchar.
insert into agreement (
    contract_talk_id, kind, description, owner, due_date, municipality_code,
    period_start, period_end, reason
)
values (
    $contract_talk_id, $kind, $description, $owner, $due_date, $municipality_code,
    $period_start, $period_end, $reason
)
returning id
