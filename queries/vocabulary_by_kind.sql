-- The choices for the analysis filters: municipalities, themes, activity types and
-- sub-assignments, each with a Dutch label in its own sort order.
-- Grain: one row per kind ('municipality', 'theme', 'activity_type', 'sub_assignment') and code.
-- Params: none.
select
    'municipality' as kind,
    code,
    name as label,
    row_number() over (order by name) as sort_order
from municipality

union all

select
    'theme' as kind,
    code,
    label,
    sort_order
from theme

union all

select
    'activity_type' as kind,
    code,
    label,
    sort_order
from activity_type

union all

select
    'sub_assignment' as kind,
    id::varchar as code,
    title as label,
    row_number() over (order by title, id) as sort_order
from sub_assignment

order by kind, sort_order, code
