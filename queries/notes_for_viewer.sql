-- Narrative notes the viewer may read, filtered, with their context; the feed of Verhalen.
-- Grain: one row per note, newest first, at most $limit rows; total_matches counts all matches.
-- Params: $start date, $end date (exclusive); filters that are null when not used:
--   $theme varchar, $municipality varchar (a code, or 'regio' for regional notes),
--   $sub_assignment_id bigint, $tag varchar, $level varchar ('ik'/'wij'),
--   $peer_expert_id bigint, $terms varchar[] (stems or stem bigrams that must all occur,
--   see monitor.text), $ids bigint[]; $limit integer;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with matches as (
    select
        n.id,
        count(*) over () as total_matches,
    from note as n
    where n.note_date >= $start
        and n.note_date < $end
        and note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
        and ($theme::varchar is null or exists (
            select 1 from note_theme as nt
            where nt.note_id = n.id and nt.theme_code = $theme::varchar
        ))
        and ($tag::varchar is null or exists (
            select 1 from note_added_value as nav
            where nav.note_id = n.id and nav.tag_code = $tag::varchar
        ))
        and (
            $municipality::varchar is null
            or ($municipality::varchar = 'regio' and n.municipality_code is null)
            or n.municipality_code = $municipality::varchar
        )
        and ($sub_assignment_id::bigint is null or n.sub_assignment_id = $sub_assignment_id::bigint)
        and ($level::varchar is null or n.level = $level::varchar)
        and ($peer_expert_id::bigint is null or n.peer_expert_id = $peer_expert_id::bigint)
        and ($ids::bigint[] is null or list_contains($ids::bigint[], n.id))
        and ($terms::varchar[] is null or n.id in (
            select tok.note_id
            from note_token as tok
            where list_contains($terms::varchar[], tok.term)
            group by tok.note_id
            having count(distinct tok.term) = len($terms::varchar[])
        ))
    order by n.note_date desc, n.id desc
    limit $limit
),
-- Context lists only for the notes on this page (not for every note in the database).
tags as (
    select nav.note_id, list(t.label order by t.sort_order) as tags
    from note_added_value as nav
    inner join matches as x on x.id = nav.note_id
    inner join added_value_tag as t on t.code = nav.tag_code
    group by nav.note_id
),
themes as (
    select nt.note_id, list(th.label order by th.sort_order) as themes
    from note_theme as nt
    inner join matches as x on x.id = nt.note_id
    inner join theme as th on th.code = nt.theme_code
    group by nt.note_id
),
sources as (
    select ns.collective_note_id as note_id, count(*) as source_count
    from note_source as ns
    inner join matches as x on x.id = ns.collective_note_id
    group by ns.collective_note_id
)
select
    n.id,
    n.note_date,
    n.level,
    n.body,
    n.visibility,
    n.peer_expert_id,
    p.display_name as author,
    n.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    n.sub_assignment_id,
    s.title as sub_assignment_title,
    coalesce(tg.tags, []) as tags,
    coalesce(th.themes, []) as themes,
    coalesce(src.source_count, 0) as source_count,
    x.total_matches,
from matches as x
inner join note as n on n.id = x.id
inner join peer_expert as p on p.id = n.peer_expert_id
left join municipality as m on m.code = n.municipality_code
left join sub_assignment as s on s.id = n.sub_assignment_id
left join tags as tg on tg.note_id = n.id
left join themes as th on th.note_id = n.id
left join sources as src on src.note_id = n.id
order by n.note_date desc, n.id desc
