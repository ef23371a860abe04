-- Empty the search index, to write it back clustered (stories._cluster_note_index) in the same transaction.
-- Grain: deletes every note_token row.
-- Params: none.
delete from note_token
