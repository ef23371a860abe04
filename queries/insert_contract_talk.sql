-- Record one contract talk.
-- Grain: one new contract_talk row; returns its id.
-- Params: $talk_date date, $title varchar, $discussion varchar, $recorded_by varchar.
insert into contract_talk (talk_date, title, discussion, recorded_by)
values ($talk_date, $title, $discussion, $recorded_by)
returning id
