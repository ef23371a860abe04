-- The evidence linked to the development-goal narratives of one half-year, as far as the
-- viewer may read it (notes by note_visible; signals: own for a peer expert, own municipality
-- and region for a municipality).
-- Grain: one row per (goal, kind, ref_id), by goal order, date and id.
-- Params: $period varchar ('2025-H2');
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    gp.goal_code,
    e.kind,
    e.ref_id,
    coalesce(n.note_date, a.activity_date, s.raised_date) as ref_date,
    case e.kind
        when 'note' then n.body
        when 'activity' then concat_ws(
            ' · ', typ.label, coalesce(am.name, 'Regio'), sa.title
        )
        else s.title
    end as label,
from goal_evidence as e
inner join goal_progress as gp on gp.id = e.goal_progress_id
inner join development_goal as g on g.code = gp.goal_code
left join note as n on e.kind = 'note' and n.id = e.ref_id
left join activity as a on e.kind = 'activity' and a.id = e.ref_id
left join activity_type as typ on typ.code = a.activity_type_code
left join municipality as am on am.code = a.municipality_code
left join sub_assignment as sa on sa.id = a.sub_assignment_id
left join signal as s on e.kind = 'signal' and s.id = e.ref_id
where gp.period = $period
    and coalesce(n.id, a.id, s.id) is not null
    and (
        e.kind <> 'note' or note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
    )
    and (
        e.kind <> 'signal' or case $viewer_role
            when 'ervaringsdeskundige' then s.raised_by = $viewer_peer_expert_id
            when 'gemeente' then s.municipality_code is null
                or s.municipality_code = $viewer_municipality
            when 'coordinator' then true
            when 'contractmanager' then true
            when 'begeleidingsgroep' then true
            else false
        end
    )
order by g.sort_order, ref_date, e.kind, e.ref_id
