-- Unlink a note from wij-verhalen in both directions (as source and as collective note).
-- Grain: deletes every note_source row that names the note; returns the removed pairs.
-- Params: $note_id bigint.
delete from note_source
where collective_note_id = $note_id or source_note_id = $note_id
returning collective_note_id, source_note_id
