-- Forget which text of some notes the index holds.
-- Grain: deletes every note_token_state row of the given notes.
-- Params: $note_ids bigint[].
delete from note_token_state
where note_id in (select unnest($note_ids::bigint[]))
