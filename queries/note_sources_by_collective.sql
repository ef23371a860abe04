-- The notes that wij-verhalen draw on; only notes the viewer may read show their content.
-- Grain: one row per (collective note, source note) link, sources newest first.
-- Params: $collective_ids bigint[];
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    ns.collective_note_id,
    ns.source_note_id,
    note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    ) is true as visible,
    case when visible then n.note_date end as note_date,
    case when visible then n.level end as level,
    case when visible then n.body end as body,
    case when visible then p.display_name end as author,
    case when visible then coalesce(m.name, 'Regio') end as municipality_name,
    case when visible then s.title end as sub_assignment_title,
from note_source as ns
inner join note as n on n.id = ns.source_note_id
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join sub_assignment as s on s.id = n.sub_assignment_id
where list_contains($collective_ids::bigint[], ns.collective_note_id)
order by ns.collective_note_id desc, n.note_date desc, ns.source_note_id desc
