-- Change the recorded kick-off of a municipality.
-- Grain: one updated row; returns the row count.
-- Params: $id bigint; $status varchar; $planned_date, $held_date date or null;
--   $stakeholders, $summary varchar.
-- No "returning": DuckDB 2.0 refuses it on a row that foreign keys point at.
update kickoff
set
    planned_date = $planned_date,
    held_date = $held_date,
    status = $status,
    stakeholders = $stakeholders,
    summary = $summary
where id = $id
