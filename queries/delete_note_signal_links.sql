-- Unlink a note from the signals it supports; the signals themselves stay.
-- Grain: deletes every signal_note row of the note; returns the signal ids.
-- Params: $note_id bigint.
delete from signal_note
where note_id = $note_id
returning signal_id
