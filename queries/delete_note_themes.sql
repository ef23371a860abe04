-- Remove the themes of a note (before replacing them or deleting the note).
-- Grain: deletes every note_theme row of the note; returns the removed theme codes.
-- Params: $note_id bigint.
delete from note_theme
where note_id = $note_id
returning theme_code
