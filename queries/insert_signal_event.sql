-- Record a status step of a signal (the first step: null -> 'nieuw').
-- Grain: inserts one signal_event row; returns its id.
-- Params: $signal_id bigint, $from_status varchar or null, $to_status varchar, $reason varchar,
--   $actor varchar.
insert into signal_event (signal_id, from_status, to_status, reason, actor)
values ($signal_id, $from_status, $to_status, $reason, $actor)
returning id
