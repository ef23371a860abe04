-- Add index terms: parallel lists, one element per (note, term).
-- Grain: one inserted row per list position.
-- Params: $note_ids bigint[], $terms varchar[], $ngrams integer[], $forms varchar[],
--   $counts integer[] (all the same length).
insert into note_token (note_id, term, ngram, form, n)
select
    unnest($note_ids::bigint[]),
    unnest($terms::varchar[]),
    unnest($ngrams::integer[]),
    unnest($forms::varchar[]),
    unnest($counts::integer[])
