-- Each municipality's share of the distribution key next to its share of the deployment in a
-- period, measured in hours, activities or residents reached. The key share is the version valid
-- in the period; when a new version starts mid-period the versions are weighted by their days.
-- Regional deployment is its own place; the allocated columns spread it over the municipalities
-- by the key valid on the day of each regional activity (bookkeeping view only).
-- Grain: one row per measure ('hours', 'activities', 'residents_reached') × place: the 14
--   municipalities and the region (municipality_code null, name 'Regio'), alphabetical, region last.
-- Params: $start date (inclusive), $end date (exclusive).
with key_versions as (
    select
        municipality_code,
        valid_from,
        share_pct::double as share_pct,
        lead(valid_from) over (
            partition by municipality_code order by valid_from
        ) as valid_to
    from distribution_key
),

key_days as (
    select
        municipality_code,
        share_pct,
        greatest(
            date_diff(
                'day',
                greatest(valid_from, $start::date),
                least(coalesce(valid_to, $end::date), $end::date)
            ),
            0
        ) as days
    from key_versions
),

key_share as (
    select
        municipality_code,
        sum(share_pct * days) / nullif(sum(days), 0) as key_share_pct
    from key_days
    group by all
),

acts as (
    select
        municipality_code,
        activity_date,
        hours::double as hours,
        residents_reached::double as residents_reached
    from activity
    where activity_date >= $start and activity_date < $end
),

regional_allocated as (
    select
        k.municipality_code,
        sum(a.hours * k.share_pct / 100) as hours,
        sum(k.share_pct / 100) as activities,
        sum(a.residents_reached * k.share_pct / 100) as residents_reached
    from acts as a
    inner join key_versions as k
        on a.activity_date >= k.valid_from
        and (k.valid_to is null or a.activity_date < k.valid_to)
    where a.municipality_code is null
    group by all
),

local_deployment as (
    select
        m.code as municipality_code,
        m.name as municipality_name,
        coalesce(sum(a.hours), 0) as hours,
        count(a.activity_date)::double as activities,
        coalesce(sum(a.residents_reached), 0) as residents_reached
    from municipality as m
    left join acts as a on a.municipality_code = m.code
    group by all
),

places as (
    select
        d.municipality_code,
        d.municipality_name,
        ks.key_share_pct,
        d.hours,
        d.activities,
        d.residents_reached,
        d.hours + coalesce(r.hours, 0) as hours_allocated,
        d.activities + coalesce(r.activities, 0) as activities_allocated,
        d.residents_reached + coalesce(r.residents_reached, 0) as residents_reached_allocated
    from local_deployment as d
    left join key_share as ks on ks.municipality_code = d.municipality_code
    left join regional_allocated as r on r.municipality_code = d.municipality_code

    union all

    select
        null as municipality_code,
        'Regio' as municipality_name,
        null as key_share_pct,
        coalesce(sum(hours), 0) as hours,
        count(*)::double as activities,
        coalesce(sum(residents_reached), 0) as residents_reached,
        0.0 as hours_allocated,
        0.0 as activities_allocated,
        0.0 as residents_reached_allocated
    from acts
    where municipality_code is null
),

long as (
    unpivot places
    on
        (hours, hours_allocated) as hours,
        (activities, activities_allocated) as activities,
        (residents_reached, residents_reached_allocated) as residents_reached
    into name measure value value, allocated_value
)

select
    municipality_code,
    municipality_name,
    key_share_pct,
    measure,
    value,
    100 * value / nullif(sum(value) over (partition by measure), 0) as share_pct,
    allocated_value,
    100 * allocated_value / nullif(sum(allocated_value) over (partition by measure), 0)
        as allocated_share_pct
from long
order by measure, municipality_code is null, municipality_name
