-- Return a note to its author with a question.
-- Grain: one new row; returns its id.
-- Params: $note_id bigint, $question varchar, $asked_by varchar.
insert into note_question (note_id, question, asked_by)
values ($note_id, $question, $asked_by)
returning id
