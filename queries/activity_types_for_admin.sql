-- Every activity type (the roles a peer expert takes) with how often it is used.
-- Grain: one row per activity type, by sort order.
-- Params: none.
select
    a.code,
    a.label,
    a.family,
    a.description,
    a.sort_order,
    (select count(*) from activity as x where x.activity_type_code = a.code)
    + (select count(*) from sub_assignment_role as x where x.activity_type_code = a.code)
    + (select count(*) from kickoff_need as x where x.activity_type_code = a.code) as uses,
from activity_type as a
order by a.sort_order, a.label
