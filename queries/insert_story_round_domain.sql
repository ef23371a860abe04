-- Add one domain (an added-value tag or theme code) to a story round.
-- Grain: one new row.
-- Params: $round_id bigint, $domain_code varchar.
insert into story_round_domain (story_round_id, domain_code)
values ($round_id, $domain_code)
