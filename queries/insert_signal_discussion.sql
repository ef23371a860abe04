-- Record that a signal was discussed in a contract talk (once per talk).
-- Grain: at most one inserted signal_discussion row; returns it when new.
-- Params: $signal_id bigint, $contract_talk_id bigint, $recorded_by varchar.
insert into signal_discussion (signal_id, contract_talk_id, recorded_by)
values ($signal_id, $contract_talk_id, $recorded_by)
on conflict do nothing
returning signal_id, contract_talk_id
