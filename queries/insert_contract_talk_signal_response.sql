-- Keep the response to a signal as it was given in a contract talk.
-- Grain: one new contract_talk_signal_response row.
-- Params: $contract_talk_id bigint, $signal_id bigint, $status_before varchar, $response varchar.
insert into contract_talk_signal_response (contract_talk_id, signal_id, status_before, response)
values ($contract_talk_id, $signal_id, $status_before, $response)
