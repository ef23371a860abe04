-- Questions asked about a peer expert's notes, open ones first.
-- Grain: one row per question.
-- Params: $peer_expert_id bigint.
select
    q.id,
    q.note_id,
    q.question,
    q.asked_by,
    q.asked_at,
    q.answer,
    q.answered_at,
    n.note_date,
    n.body,
from note_question as q
inner join note as n on n.id = q.note_id
where n.peer_expert_id = $peer_expert_id
order by q.answered_at is not null, q.asked_at desc, q.id desc
