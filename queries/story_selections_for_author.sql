-- The author's stories that a begeleidingsgroep selected, with the reason written for them.
-- Grain: one row per selected proposal, newest decision first.
-- Params: $peer_expert_id bigint.
select
    r.period,
    p.domain_code,
    coalesce(t.label, th.label, p.domain_code) as domain_label,
    n.id as note_id,
    n.body,
    s.reason,
    s.decided_by,
    s.decided_at,
from story_selection as s
inner join story_proposal as p on p.id = s.proposal_id
inner join story_round as r on r.id = p.story_round_id
inner join note as n on n.id = p.note_id
left join added_value_tag as t on r.domain_kind = 'meerwaarde' and t.code = p.domain_code
left join theme as th on r.domain_kind = 'thema' and th.code = p.domain_code
where p.proposed_by = $peer_expert_id
order by s.decided_at desc, p.id
