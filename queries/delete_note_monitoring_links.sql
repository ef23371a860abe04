-- Unlink a note from the monitoring moments that discussed it; the moments stay.
-- Grain: deletes every monitoring_moment_note row of the note; returns the moment ids.
-- Params: $note_id bigint.
delete from monitoring_moment_note
where note_id = $note_id
returning monitoring_moment_id
