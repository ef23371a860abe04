-- One proposal with what is needed to check a selection: its round's status and period.
-- Grain: at most one row.
-- Params: $proposal_id bigint.
select
    p.id,
    p.story_round_id,
    p.note_id,
    p.domain_code,
    r.status as round_status,
    r.period,
    exists (select 1 from story_selection as s where s.proposal_id = p.id) as selected,
from story_proposal as p
inner join story_round as r on r.id = p.story_round_id
where p.id = $proposal_id
