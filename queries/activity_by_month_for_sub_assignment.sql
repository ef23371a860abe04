-- What happened within one sub-assignment, per calendar month with activity.
-- Grain: one row per month that has at least one activity, oldest first.
-- Params: $id bigint (sub-assignment).
select
    date_trunc('month', a.activity_date)::date as month,
    count(*) as activities,
    sum(a.hours)::double as hours,
    sum(a.residents_reached)::bigint as residents_reached,
    coalesce(sum(a.residents_reached) filter (where a.residents_estimated), 0)::bigint
        as residents_estimated,
from activity as a
where a.sub_assignment_id = $id
group by all
order by month
