-- Coverage of the network in a period: per municipality the running sub-assignments, the peer
-- experts who live there, those who were active there, and the places (settings) they worked.
-- Grain: one row per municipality (14, by name), then one row for the region (code null).
-- Params: $start date (inclusive), $end date (exclusive).
with places as (
    select
        m.code as municipality_code,
        m.name as municipality_name,
        m.subregion,
        0 as sort_key,
    from municipality as m
    union all
    select null, 'Regio', null, 1
),

subs as (
    select
        s.municipality_code,
        count(*) as active_sub_assignments,
    from sub_assignment as s
    where s.start_date < $end
        and (s.end_date is null or s.end_date >= $start)
        and s.status <> 'in_voorbereiding'
    group by all
),

homes as (
    select
        p.home_municipality_code as municipality_code,
        count(*) as peer_experts_from,
    from peer_expert as p
    where p.active_from < $end
        and (p.active_to is null or p.active_to >= $start)
        and p.home_municipality_code is not null
    group by all
),

work as (
    select
        a.municipality_code,
        count(distinct a.peer_expert_id) as peer_experts_working,
        list_sort(list(distinct st.label) filter (where st.label is not null)) as settings,
    from activity as a
    left join setting as st on st.code = a.setting_code
    where a.activity_date >= $start and a.activity_date < $end
    group by all
)

select
    pl.municipality_code,
    pl.municipality_name,
    pl.subregion,
    coalesce(s.active_sub_assignments, 0) as active_sub_assignments,
    coalesce(h.peer_experts_from, 0) as peer_experts_from,
    coalesce(w.peer_experts_working, 0) as peer_experts_working,
    coalesce(w.settings, []) as settings,
from places as pl
left join subs as s on s.municipality_code is not distinct from pl.municipality_code
left join homes as h on h.municipality_code is not distinct from pl.municipality_code
left join work as w on w.municipality_code is not distinct from pl.municipality_code
order by pl.sort_key, pl.municipality_name
