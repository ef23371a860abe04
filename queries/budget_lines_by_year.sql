-- The budget lines of every year (later years may be indicative), with the year total.
-- Grain: one row per (year, line), by year and line.
-- Params: none.
select
    year,
    line,
    amount_eur,
    indicative,
    sum(amount_eur) over (partition by year) as year_total_eur,
from budget_line
order by year, line
