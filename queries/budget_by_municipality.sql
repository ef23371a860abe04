-- The fte budget line in euros per place: a municipality's key share of the budget for the
-- period next to the deployment delivered there, valued at that year's average rate (fte budget
-- divided by all hours of that year). A period covering part of a year gets that part of the
-- year's budget, by days; key versions are weighted by their days as well.
-- Grain: one row per place: the 14 municipalities and the region (municipality_code null,
--   name 'Regio'), alphabetical, region last.
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

years as (
    select
        year,
        amount_eur::double as budget_eur,
        make_date(year, 1, 1) as year_start,
        make_date(year + 1, 1, 1) as year_end
    from budget_line
    where line = 'fte'
        and make_date(year, 1, 1) < $end
        and make_date(year + 1, 1, 1) > $start
),

year_rates as (
    select
        y.year,
        y.budget_eur / nullif(sum(a.hours::double), 0) as rate_eur
    from years as y
    left join activity as a on year(a.activity_date) = y.year
    group by y.year, y.budget_eur
),

key_amounts as (
    select
        k.municipality_code,
        sum(
            y.budget_eur * k.share_pct / 100
            * greatest(
                date_diff(
                    'day',
                    greatest(k.valid_from, y.year_start, $start::date),
                    least(coalesce(k.valid_to, y.year_end), y.year_end, $end::date)
                ),
                0
            )
            / date_diff('day', y.year_start, y.year_end)
        ) as key_amount_eur
    from key_versions as k
    cross join years as y
    group by all
),

valued as (
    select
        a.municipality_code,
        a.activity_date,
        a.hours::double * r.rate_eur as value_eur
    from activity as a
    inner join year_rates as r on r.year = year(a.activity_date)
    where a.activity_date >= $start and a.activity_date < $end
),

regional_allocated as (
    select
        k.municipality_code,
        sum(v.value_eur * k.share_pct / 100) as value_eur
    from valued as v
    inner join key_versions as k
        on v.activity_date >= k.valid_from
        and (k.valid_to is null or v.activity_date < k.valid_to)
    where v.municipality_code is null
    group by all
),

local_value as (
    select
        m.code as municipality_code,
        m.name as municipality_name,
        coalesce(sum(v.value_eur), 0) as delivered_eur
    from municipality as m
    left join valued as v on v.municipality_code = m.code
    group by all
),

places as (
    select
        l.municipality_code,
        l.municipality_name,
        ka.key_amount_eur,
        l.delivered_eur,
        l.delivered_eur + coalesce(r.value_eur, 0) as delivered_allocated_eur
    from local_value as l
    left join key_amounts as ka on ka.municipality_code = l.municipality_code
    left join regional_allocated as r on r.municipality_code = l.municipality_code

    union all

    select
        null as municipality_code,
        'Regio' as municipality_name,
        null as key_amount_eur,
        coalesce(sum(value_eur), 0) as delivered_eur,
        0.0 as delivered_allocated_eur
    from valued
    where municipality_code is null
)

select *
from places
order by municipality_code is null, municipality_name
