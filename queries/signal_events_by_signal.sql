-- The history of one signal's status and response, oldest first.
-- Grain: one row per signal_event of the signal.
-- Params: $signal_id bigint.
select
    id,
    from_status,
    to_status,
    reason,
    actor,
    event_at,
from signal_event
where signal_id = $signal_id
order by event_at, id
