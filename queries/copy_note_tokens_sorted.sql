-- A copy of the search index ordered by term, to write it back clustered (stories._cluster_note_index).
-- Grain: a temporary table note_token_sorted of the transaction's connection, one row per
--   note_token row, ordered by term then note_id.
-- Params: none.
create or replace temp table note_token_sorted as
select note_id, term, ngram, form, n
from note_token
order by term, note_id
