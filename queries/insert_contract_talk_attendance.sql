-- Record that a municipality was represented in a contract talk.
-- Grain: one new contract_talk_attendance row.
-- Params: $contract_talk_id bigint, $municipality_code varchar.
insert into contract_talk_attendance (contract_talk_id, municipality_code)
values ($contract_talk_id, $municipality_code)
