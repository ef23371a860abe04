-- A peer expert's own quotable notes of a period, the ones they may propose in a story round.
-- Grain: one row per note, newest first.
-- Params: $peer_expert_id bigint; $start date, $end date (exclusive).
select
    n.id,
    n.note_date,
    n.body,
    m.name as municipality_name,
    list(distinct nav.tag_code) filter (where nav.tag_code is not null) as tag_codes,
    list(distinct nt.theme_code) filter (where nt.theme_code is not null) as theme_codes,
from note as n
left join municipality as m on m.code = n.municipality_code
left join note_added_value as nav on nav.note_id = n.id
left join note_theme as nt on nt.note_id = n.id
where n.peer_expert_id = $peer_expert_id
    and n.visibility = 'citeerbaar'
    and n.note_date >= $start
    and n.note_date < $end
group by all
order by n.note_date desc, n.id desc
