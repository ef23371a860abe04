-- Signals the viewer may follow, with their context, supporting notes and response.
-- Grain: one row per signal, newest first. supporting_note_ids holds only notes the viewer may
--   read; hidden_note_count counts the others. age_days is the age on $today of a signal not yet
--   fed back (null once teruggekoppeld).
--   The contract talk is the latest one the signal was discussed in (signal_discussion), else
--   the one recorded on the signal itself.
-- Params: $status varchar or null (all statuses), $today date;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    s.id,
    s.raised_date,
    s.raised_by,
    p.display_name as raised_by_name,
    s.signal_type,
    s.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    s.title,
    s.description,
    s.status,
    s.response,
    s.responded_by,
    s.responded_at,
    ct.id as contract_talk_id,
    ct.talk_date as contract_talk_date,
    ct.title as contract_talk_title,
    s.fed_back,
    s.version,
    coalesce((
        select list(th.label order by th.sort_order)
        from signal_theme as st
        inner join theme as th on th.code = st.theme_code
        where st.signal_id = s.id
    ), []) as themes,
    coalesce((
        select list(sn.note_id order by sn.note_id)
        from signal_note as sn
        inner join note as n on n.id = sn.note_id
        where sn.signal_id = s.id
            and note_visible(
                n.visibility, n.peer_expert_id, n.municipality_code,
                $viewer_role, $viewer_peer_expert_id, $viewer_municipality
            )
    ), []) as supporting_note_ids,
    (
        select count(*)
        from signal_note as sn
        inner join note as n on n.id = sn.note_id
        where sn.signal_id = s.id
            and not coalesce(note_visible(
                n.visibility, n.peer_expert_id, n.municipality_code,
                $viewer_role, $viewer_peer_expert_id, $viewer_municipality
            ), false)
    ) as hidden_note_count,
    case when s.status <> 'teruggekoppeld' then $today::date - s.raised_date end as age_days,
from signal as s
inner join peer_expert as p on p.id = s.raised_by
left join municipality as m on m.code = s.municipality_code
left join contract_talk as ct on ct.id = coalesce((
    select sd.contract_talk_id
    from signal_discussion as sd
    inner join contract_talk as c on c.id = sd.contract_talk_id
    where sd.signal_id = s.id
    order by c.talk_date desc, c.id desc
    limit 1
), s.contract_talk_id)
where signal_visible(
        s.raised_by, s.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
    and ($status::varchar is null or s.status = $status::varchar)
order by s.raised_date desc, s.id desc
