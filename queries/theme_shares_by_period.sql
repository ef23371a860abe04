-- Per theme, how many notes (that the viewer may read) and signals (that the viewer may follow)
-- carry it in two periods, with the period totals, to compare shares.
-- Grain: one row per theme in use in either period, ordered by theme sort order.
-- Params: $start_a date, $end_a date (exclusive), $start_b date, $end_b date (exclusive);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with notes_in as (
    select
        n.id,
        n.note_date >= $start_a and n.note_date < $end_a as in_a,
        n.note_date >= $start_b and n.note_date < $end_b as in_b,
    from note as n
    where note_visible(
        n.visibility, n.peer_expert_id, n.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
),
signals_in as (
    select
        s.id,
        s.raised_date >= $start_a and s.raised_date < $end_a as in_a,
        s.raised_date >= $start_b and s.raised_date < $end_b as in_b,
    from signal as s
    where signal_visible(
        s.raised_by, s.municipality_code,
        $viewer_role, $viewer_peer_expert_id, $viewer_municipality
    )
),
totals as (
    select
        (select count(*) filter (where in_a) from notes_in) as notes_total_a,
        (select count(*) filter (where in_b) from notes_in) as notes_total_b,
        (select count(*) filter (where in_a) from signals_in) as signals_total_a,
        (select count(*) filter (where in_b) from signals_in) as signals_total_b,
),
note_counts as (
    select
        nt.theme_code,
        count(*) filter (where x.in_a) as notes_a,
        count(*) filter (where x.in_b) as notes_b,
    from note_theme as nt
    inner join notes_in as x on x.id = nt.note_id
    group by nt.theme_code
),
signal_counts as (
    select
        st.theme_code,
        count(*) filter (where x.in_a) as signals_a,
        count(*) filter (where x.in_b) as signals_b,
    from signal_theme as st
    inner join signals_in as x on x.id = st.signal_id
    group by st.theme_code
)
select
    th.code as theme_code,
    th.label as theme_label,
    coalesce(nc.notes_a, 0) as notes_a,
    coalesce(nc.notes_b, 0) as notes_b,
    coalesce(sc.signals_a, 0) as signals_a,
    coalesce(sc.signals_b, 0) as signals_b,
    t.notes_total_a,
    t.notes_total_b,
    t.signals_total_a,
    t.signals_total_b,
from theme as th
cross join totals as t
left join note_counts as nc on nc.theme_code = th.code
left join signal_counts as sc on sc.theme_code = th.code
where coalesce(nc.notes_a, 0) + coalesce(nc.notes_b, 0)
    + coalesce(sc.signals_a, 0) + coalesce(sc.signals_b, 0) > 0
order by th.sort_order, th.code
