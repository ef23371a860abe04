-- The facts of a note needed to check a story proposal: author, visibility, date, tags, themes.
-- Grain: at most one row.
-- Params: $note_id bigint.
select
    n.id,
    n.peer_expert_id,
    n.visibility,
    n.note_date,
    list(distinct nav.tag_code) filter (where nav.tag_code is not null) as tag_codes,
    list(distinct nt.theme_code) filter (where nt.theme_code is not null) as theme_codes,
from note as n
left join note_added_value as nav on nav.note_id = n.id
left join note_theme as nt on nt.note_id = n.id
where n.id = $note_id
group by all
