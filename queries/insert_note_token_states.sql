-- Record which text of each note the index now holds.
-- Grain: one inserted row per list position.
-- Params: $note_ids bigint[], $body_hashes ubigint[] (same length).
insert into note_token_state (note_id, body_hash)
select
    unnest($note_ids::bigint[]),
    unnest($body_hashes::ubigint[])
