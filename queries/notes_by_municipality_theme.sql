-- The narrative notes behind one cell of the reach picture: a municipality (or the region, or
-- all places) and a theme (or all themes) in a period, limited to notes the viewer may read.
-- Grain: one row per note, newest first, at most $limit rows; total_matches counts all matches.
-- Params: $start date (inclusive), $end date (exclusive); $limit integer;
--   $municipality varchar ('alle', 'regio' or a municipality code);
--   $theme varchar ('alle' or a theme code);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    n.id,
    n.note_date,
    n.level,
    n.body,
    n.visibility,
    p.display_name as author,
    m.name as municipality_name,
    s.title as sub_assignment_title,
    list(distinct t.label order by t.label) filter (where t.label is not null) as tags,
    count(*) over () as total_matches,
from note as n
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join sub_assignment as s on s.id = n.sub_assignment_id
left join note_added_value as nav on nav.note_id = n.id
left join added_value_tag as t on t.code = nav.tag_code
where n.note_date >= $start
    and n.note_date < $end
    and (
        $municipality = 'alle'
        or coalesce(n.municipality_code, 'regio') = $municipality
    )
    and (
        $theme = 'alle'
        or exists (
            select 1
            from note_theme as nt
            where nt.note_id = n.id and nt.theme_code = $theme
        )
    )
    and note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
group by all
order by n.note_date desc, n.id desc
limit $limit
