-- What happened in a period: activities, hours, residents reached, and the context around them.
-- Grain: exactly one row.
-- Params: $start date (inclusive), $end date (exclusive).
with acts as (
    select *
    from activity
    where activity_date >= $start and activity_date < $end
),

subs as (
    select count(*) as active_sub_assignments
    from sub_assignment
    where start_date < $end
        and (end_date is null or end_date >= $start)
        and status <> 'in_voorbereiding'
)

select
    (select count(*) from acts) as activities,
    (select coalesce(sum(hours), 0) from acts)::double as hours,
    (select coalesce(sum(residents_reached), 0) from acts)::bigint as residents_reached,
    (
        select coalesce(sum(residents_reached) filter (where residents_estimated), 0)
        from acts
    )::bigint as residents_estimated,
    (select count(distinct peer_expert_id) from acts) as peer_experts,
    (
        select count(distinct municipality_code)
        from acts
        where municipality_code is not null
    ) as municipalities,
    (select active_sub_assignments from subs) as active_sub_assignments,
    (
        select count(*) from note where note_date >= $start and note_date < $end
    ) as notes,
    (
        select count(*) from signal where raised_date >= $start and raised_date < $end
    ) as signals
