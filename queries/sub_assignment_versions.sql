-- How the agreement of one sub-assignment evolved: the current terms and every earlier version.
-- Grain: one row per version, newest first; valid_from is null for the first version and
--   valid_to is null for the current one.
-- Params: $id bigint (sub-assignment).
with earlier as (
    select
        v.version,
        v.goals,
        v.monitoring_method,
        v.frequency,
        v.accountability,
        v.signs,
        v.changed_by,
        v.changed_at as valid_to,
    from sub_assignment_version as v
    where v.sub_assignment_id = $id
),

current_terms as (
    select
        s.version,
        s.goals,
        s.monitoring_method,
        s.frequency,
        s.accountability,
        s.signs,
        null::varchar as changed_by,
        null::timestamptz as valid_to,
    from sub_assignment as s
    where s.id = $id
),

all_versions as (
    select * from earlier
    union all by name
    select * from current_terms
)

select
    a.version,
    a.goals,
    a.monitoring_method,
    a.frequency,
    a.accountability,
    a.signs,
    lag(a.valid_to) over (order by a.version) as valid_from,
    a.valid_to,
    coalesce(u.display_name, a.changed_by) as changed_by,
    a.valid_to is null as is_current,
from all_versions as a
left join app_user as u on u.login = a.changed_by
order by a.version desc
