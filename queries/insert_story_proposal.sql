-- A peer expert proposes one of their quotable notes for a domain of a story round.
-- Grain: one new row; returns its id.
-- Params: $round_id bigint, $note_id bigint, $domain_code varchar, $peer_expert_id bigint,
--   $motivation varchar.
insert into story_proposal (story_round_id, note_id, domain_code, proposed_by, motivation)
values ($round_id, $note_id, $domain_code, $peer_expert_id, $motivation)
returning id
