-- Set the status of a half-year's figures.
-- Grain: the one half-year.
-- Params: $period varchar, $status varchar ('voorlopig' or 'definitief'), $decided_by varchar,
--   $note varchar.
insert or replace into period_status (period, status, decided_by, decided_at, note)
values ($period, $status, $decided_by, current_timestamp, $note)
