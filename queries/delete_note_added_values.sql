-- Remove the added-value tags of a note (before replacing them or deleting the note).
-- Grain: deletes every note_added_value row of the note; returns the removed tag codes.
-- Params: $note_id bigint.
delete from note_added_value
where note_id = $note_id
returning tag_code
