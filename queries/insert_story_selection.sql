-- The begeleidingsgroep selects a proposal and records why.
-- Grain: one new row.
-- Params: $proposal_id bigint, $reason varchar, $decided_by varchar.
insert into story_selection (proposal_id, reason, decided_by)
values ($proposal_id, $reason, $decided_by)
