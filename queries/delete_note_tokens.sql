-- Remove the index terms of some notes (before re-indexing or after deletion).
-- Grain: deletes every note_token row of the given notes.
-- Params: $note_ids bigint[].
delete from note_token
where note_id in (select unnest($note_ids::bigint[]))
