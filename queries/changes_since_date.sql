-- What was registered since a moment (e.g. the previous contract talk): counts per kind.
-- Grain: exactly one row.
-- Params: $since timestamptz (inclusive).
select
    (select count(*) from activity where created_at >= $since) as activities,
    (
        select coalesce(sum(hours), 0) from activity where created_at >= $since
    )::double as hours,
    (
        select count(*)
        from note
        where created_at >= $since and visibility <> 'eigen'
    ) as notes,
    (select count(*) from signal where created_at >= $since) as signals,
    (select count(*) from sub_assignment where created_at >= $since) as sub_assignments,
