-- The history of one agreement: recorded, progress notes, closed.
-- Grain: one row per agreement_event, oldest first.
-- Params: $agreement_id bigint.
select id, event, note, actor, event_at
from agreement_event
where agreement_id = $agreement_id
order by event_at, id
