-- One note with its themes and tags, if the viewer may read it: the "before" of an edit or
-- delete, and who may change it.
-- Grain: one row (or none) for the id.
-- Params: $id bigint;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.id,
    n.note_date,
    n.peer_expert_id,
    n.municipality_code,
    n.sub_assignment_id,
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
from note as n
where n.id = $id
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
