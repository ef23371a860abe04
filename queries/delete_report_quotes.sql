-- Clear the coördinator's quote selection of a period before saving a new one.
-- Grain: removes every report_quote row of the period; returns the removed note ids.
-- Params: $period varchar.
delete from report_quote
where period = $period
returning note_id
