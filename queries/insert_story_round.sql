-- Open a story round for a half-year.
-- Grain: one new row; returns its id.
-- Params: $period varchar, $domain_kind varchar ('meerwaarde' or 'thema'), $opened_by varchar.
insert into story_round (period, domain_kind, opened_by)
values ($period, $domain_kind, $opened_by)
returning id
