-- Stories the begeleidingsgroep selected in the round of a half-year, with why: report item (c).
-- Only notes their authors made quotable can be proposed, so all of them may be quoted.
-- Grain: one row per selected proposal, by domain.
-- Params: $period varchar; $municipality_code varchar or null (null: all; else that
--   municipality and the region).
select
    coalesce(t.label, th.label, p.domain_code) as domain_label,
    n.id as note_id,
    n.note_date,
    n.body,
    coalesce(m.name, 'Regio') as municipality_name,
    s.reason,
    s.decided_by,
from story_selection as s
inner join story_proposal as p on p.id = s.proposal_id
inner join story_round as r on r.id = p.story_round_id
inner join note as n on n.id = p.note_id
left join municipality as m on m.code = n.municipality_code
left join added_value_tag as t on r.domain_kind = 'meerwaarde' and t.code = p.domain_code
left join theme as th on r.domain_kind = 'thema' and th.code = p.domain_code
where r.period = $period
    and r.status = 'afgerond'
    and n.visibility = 'citeerbaar'
    and ($municipality_code is null or n.municipality_code is null
        or n.municipality_code = $municipality_code)
order by domain_label, n.note_date, n.id
