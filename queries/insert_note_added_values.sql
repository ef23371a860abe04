-- Attach added-value tags (codebook brief §1.9) to a note.
-- Grain: inserts one note_added_value row per tag code.
-- Params: $note_id bigint, $tag_codes varchar[].
insert into note_added_value (note_id, tag_code)
select $note_id, unnest($tag_codes::varchar[])
