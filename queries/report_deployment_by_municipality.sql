-- Deployment per municipality in a period, with the key share valid at the period start.
-- Grain: one row per municipality (all 14, zero when idle) plus one row "Regio" (code null), last.
-- Params: $start date (inclusive), $end date (exclusive).
with acts as (
    select *
    from activity
    where activity_date >= $start and activity_date < $end
),

key_version as (
    select coalesce(
        (select max(valid_from) from distribution_key where valid_from <= $start),
        (select min(valid_from) from distribution_key)
    ) as valid_from
),

places as (
    select
        m.code,
        m.name,
        m.subregion,
        k.share_pct::double as key_share_pct,
        0 as sort_group
    from municipality as m
    left join distribution_key as k
        on k.municipality_code = m.code
        and k.valid_from = (select valid_from from key_version)
    union all
    select null, 'Regio', '', null, 1
)

select
    p.code as municipality_code,
    p.name as municipality_name,
    p.subregion,
    p.key_share_pct,
    count(a.id) as activities,
    coalesce(sum(a.hours), 0)::double as hours,
    coalesce(sum(a.residents_reached), 0)::bigint as residents_reached,
    count(distinct a.peer_expert_id) as peer_experts,
from places as p
left join acts as a on a.municipality_code is not distinct from p.code
group by p.code, p.name, p.subregion, p.key_share_pct, p.sort_group
order by p.sort_group, p.name
