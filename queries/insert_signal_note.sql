-- Link a note to a signal as its supporting narrative.
-- Grain: inserts one signal_note row.
-- Params: $signal_id bigint, $note_id bigint.
insert into signal_note (signal_id, note_id)
values ($signal_id, $note_id)
