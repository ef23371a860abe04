-- Record the kick-off of a municipality (one per municipality).
-- Grain: one inserted row; returns its id.
-- Params: $municipality_code varchar; $status varchar; $planned_date, $held_date date or null;
--   $stakeholders, $summary varchar.
insert into kickoff (municipality_code, planned_date, held_date, status, stakeholders, summary)
values ($municipality_code, $planned_date, $held_date, $status, $stakeholders, $summary)
returning id
