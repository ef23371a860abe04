-- The average rate per hour of each year that a period touches: the fte budget line of the year
-- divided by all hours delivered in that whole year, and the part of the year inside the period.
-- Grain: one row per year with an fte budget line overlapping the period, oldest first.
-- Params: $start date (inclusive), $end date (exclusive).
with years as (
    select
        year,
        amount_eur::double as budget_eur,
        indicative,
        make_date(year, 1, 1) as year_start,
        make_date(year + 1, 1, 1) as year_end
    from budget_line
    where line = 'fte'
        and make_date(year, 1, 1) < $end
        and make_date(year + 1, 1, 1) > $start
)

select
    y.year,
    y.budget_eur,
    y.indicative,
    coalesce(sum(a.hours::double), 0) as year_hours,
    y.budget_eur / nullif(sum(a.hours::double), 0) as rate_eur,
    date_diff(
        'day', greatest(y.year_start, $start::date), least(y.year_end, $end::date)
    ) as days_in_period,
    date_diff('day', y.year_start, y.year_end) as days_in_year
from years as y
left join activity as a on year(a.activity_date) = y.year
group by y.year, y.budget_eur, y.indicative, y.year_start, y.year_end
order by y.year
