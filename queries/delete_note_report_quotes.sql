-- Withdraw a deleted note from the coördinator's quote selections of every period.
-- Grain: deletes every report_quote row of the note; returns the periods.
-- Params: $note_id bigint.
delete from report_quote
where note_id = $note_id
returning period
