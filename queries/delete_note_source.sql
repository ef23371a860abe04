-- Remove the link between a wij-verhaal and a note it no longer draws on.
-- Grain: deletes at most one note_source row.
-- Params: $collective_note_id bigint, $source_note_id bigint.
delete from note_source
where collective_note_id = $collective_note_id
    and source_note_id = $source_note_id
returning collective_note_id, source_note_id
