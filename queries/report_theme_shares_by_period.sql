-- Activities per theme in a period and in the period before it, for "what emerged".
-- Grain: one row per theme with at least one activity in either period.
-- Params: $start date (inclusive), $end date (exclusive), $previous_start date (inclusive;
--   the previous period ends at $start); $municipality varchar or null (null = whole region).
select
    t.code as theme_code,
    t.label as theme_label,
    count(*) filter (where a.activity_date >= $start) as activities,
    count(*) filter (where a.activity_date < $start) as activities_previous,
from activity as a
inner join activity_theme as at_ on at_.activity_id = a.id
inner join theme as t on t.code = at_.theme_code
where a.activity_date >= $previous_start
    and a.activity_date < $end
    and ($municipality is null or a.municipality_code = $municipality)
group by all
order by activities desc, t.label
