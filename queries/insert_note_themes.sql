-- Attach themes to a note.
-- Grain: inserts one note_theme row per theme code.
-- Params: $note_id bigint, $theme_codes varchar[].
insert into note_theme (note_id, theme_code)
select $note_id, unnest($theme_codes::varchar[])
