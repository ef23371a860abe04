-- "Mijn registraties": notes of a peer expert, or written by this login for someone, as far as
-- the viewer may read them (note_visible).
-- Grain: one row per note, newest first (date, then id), at most $limit rows.
-- Params: $peer_expert_id bigint or null; $login varchar; $limit integer;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.id,
    n.note_date,
    n.peer_expert_id,
    p.display_name as peer_expert_name,
    n.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    n.sub_assignment_id,
    s.title as sub_assignment_title,
    n.level,
    n.body,
    n.visibility,
    n.setting_code,
    n.version,
    n.created_by,
    coalesce(
        (select list(nt.theme_code order by nt.theme_code) from note_theme as nt
            where nt.note_id = n.id), []
    ) as theme_codes,
    coalesce(
        (select list(nav.tag_code order by nav.tag_code) from note_added_value as nav
            where nav.note_id = n.id), []
    ) as tag_codes,
    exists (select 1 from signal_note as sn where sn.note_id = n.id) as has_signal,
from note as n
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join sub_assignment as s on s.id = n.sub_assignment_id
where (n.peer_expert_id = $peer_expert_id or n.created_by = $login)
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
order by n.note_date desc, n.id desc
limit $limit
