-- The author answers a question about their note.
-- Grain: the one question; returns it when it belongs to the author and was still open.
-- Params: $id bigint, $answer varchar, $peer_expert_id bigint.
update note_question
set answer = $answer, answered_at = current_timestamp
where id = $id
    and answered_at is null
    and note_id in (select n.id from note as n where n.peer_expert_id = $peer_expert_id)
returning id, note_id
