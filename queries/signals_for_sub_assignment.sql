-- Signals raised from notes of one sub-assignment, as far as the viewer may see them:
-- a peer expert sees their own, a municipality its own and the regional ones, others all.
-- Grain: one row per signal, newest first.
-- Params: $id bigint (sub-assignment);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select distinct
    s.id,
    s.raised_date,
    s.signal_type,
    s.title,
    s.status,
    coalesce(m.name, 'Regio') as scope,
from signal as s
inner join signal_note as sn on sn.signal_id = s.id
inner join note as n on n.id = sn.note_id
left join municipality as m on m.code = s.municipality_code
where n.sub_assignment_id = $id
    and case $viewer_role
        when 'ervaringsdeskundige' then s.raised_by = $viewer_peer_expert_id
        when 'gemeente' then s.municipality_code is null
            or s.municipality_code = $viewer_municipality
        when 'coordinator' then true
        when 'contractmanager' then true
        when 'begeleidingsgroep' then true
        else false
    end
order by s.raised_date desc, s.id desc
