-- Every theme and common denominator with how often it is used (a used label cannot change).
-- Grain: one row per theme, by facet and sort order.
-- Params: none.
select
    t.code,
    t.label,
    t.facet,
    t.description,
    t.active,
    t.sort_order,
    (select count(*) from activity_theme as x where x.theme_code = t.code)
    + (select count(*) from note_theme as x where x.theme_code = t.code)
    + (select count(*) from sub_assignment_theme as x where x.theme_code = t.code)
    + (select count(*) from signal_theme as x where x.theme_code = t.code)
    + (select count(*) from kickoff_need as x where x.theme_code = t.code) as uses,
from theme as t
order by t.facet desc, t.sort_order, t.label
