-- Proposals of a story round that the viewer may read, with the note, its author and, once
-- chosen, the reason why it was selected.
-- Grain: one row per proposal (note × domain), by domain then note date.
-- Params: $round_id bigint; $viewer_role varchar, $viewer_peer_expert_id bigint or null,
--   $viewer_municipality varchar or null.
select
    p.id as proposal_id,
    p.domain_code,
    coalesce(t.label, th.label, p.domain_code) as domain_label,
    p.motivation,
    p.proposed_at,
    n.id as note_id,
    n.note_date,
    n.body,
    n.level,
    pe.display_name as author,
    m.name as municipality_name,
    s.reason as selection_reason,
    s.decided_by,
    s.decided_at,
from story_proposal as p
inner join story_round as r on r.id = p.story_round_id
inner join note as n on n.id = p.note_id
inner join peer_expert as pe on pe.id = p.proposed_by
left join municipality as m on m.code = n.municipality_code
left join added_value_tag as t on r.domain_kind = 'meerwaarde' and t.code = p.domain_code
left join theme as th on r.domain_kind = 'thema' and th.code = p.domain_code
left join story_selection as s on s.proposal_id = p.id
where p.story_round_id = $round_id
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
order by domain_label, n.note_date, p.id
