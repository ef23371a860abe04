-- Change the text, date, kind and visibility of a note if nobody changed it since the author
-- read it (optimistic locking). Municipality, sub-assignment and setting are fixed once saved:
-- DuckDB 2.0 rewrites an update of a foreign-key column (or any update with RETURNING) as
-- delete+insert, which a note referenced by signals, sources or quotes refuses.
-- Grain: updates one row or none; the result is the count (0: changed meanwhile).
-- Params: $id bigint, $seen_version integer, $note_date date, $level varchar, $body varchar,
--   $visibility varchar.
update note
set
    note_date = $note_date,
    level = $level,
    body = $body,
    visibility = $visibility,
    version = version + 1,
    updated_at = current_timestamp
where id = $id and version = $seen_version
