-- Link a wij-verhaal to a note it draws on.
-- Grain: one inserted note_source row.
-- Params: $collective_note_id bigint, $source_note_id bigint.
insert into note_source (collective_note_id, source_note_id)
values ($collective_note_id, $source_note_id)
returning collective_note_id, source_note_id
