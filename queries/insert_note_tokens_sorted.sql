-- Write the sorted copy back: rows of one term then sit together in a few row groups, whose
-- min/max statistics let a search skip the rest of the index.
-- Grain: one inserted note_token row per row of note_token_sorted, in term order.
-- Params: none.
insert into note_token (note_id, term, ngram, form, n)
select note_id, term, ngram, form, n
from note_token_sorted
order by term, note_id
