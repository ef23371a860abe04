-- Residents reached and activities per municipality × theme in a period, with true totals.
-- An activity with several themes counts under each of them, so a municipality's total is the
-- count of distinct activities (not the sum of its theme cells). Activities without a theme
-- appear under theme_key 'zonder_thema'; regional activities under municipality_key 'regio'.
-- Grain: one row per level and key: level 'cell' (municipality_key, theme_key),
--   'municipality' (municipality_key), 'theme' (theme_key) and one 'all' row (keys null).
--   Only combinations with at least one activity are returned.
-- Params: $start date (inclusive), $end date (exclusive);
--   $municipalities varchar[] (municipality codes and/or 'regio'; empty = all),
--   $themes varchar[] (theme codes; empty = all), $activity_types varchar[] (empty = all),
--   $forms varchar[] (individueel/groep/open; empty = all).
with acts as (
    select
        a.id,
        coalesce(a.municipality_code, 'regio') as municipality_key,
        a.residents_reached,
        a.residents_estimated
    from activity as a
    where a.activity_date >= $start
        and a.activity_date < $end
        and (
            len($municipalities) = 0
            or list_contains($municipalities, coalesce(a.municipality_code, 'regio'))
        )
        and (len($activity_types) = 0 or list_contains($activity_types, a.activity_type_code))
        and (len($forms) = 0 or list_contains($forms, a.form))
),

tagged as (
    select
        acts.*,
        coalesce(t.theme_code, 'zonder_thema') as theme_key
    from acts
    left join activity_theme as t on t.activity_id = acts.id
    where len($themes) = 0 or list_contains($themes, t.theme_code)
),

counted as (
    select distinct
        id,
        municipality_key,
        residents_reached,
        residents_estimated
    from tagged
)

select
    'cell' as level,
    municipality_key,
    theme_key,
    count(*) as activities,
    sum(residents_reached)::bigint as residents_reached,
    coalesce(sum(residents_reached) filter (where residents_estimated), 0)::bigint
        as residents_estimated
from tagged
group by all

union all

select
    'municipality' as level,
    municipality_key,
    null as theme_key,
    count(*) as activities,
    sum(residents_reached)::bigint as residents_reached,
    coalesce(sum(residents_reached) filter (where residents_estimated), 0)::bigint
        as residents_estimated
from counted
group by all

union all

select
    'theme' as level,
    null as municipality_key,
    theme_key,
    count(*) as activities,
    sum(residents_reached)::bigint as residents_reached,
    coalesce(sum(residents_reached) filter (where residents_estimated), 0)::bigint
        as residents_estimated
from tagged
group by all

union all

select
    'all' as level,
    null as municipality_key,
    null as theme_key,
    count(*) as activities,
    coalesce(sum(residents_reached), 0)::bigint as residents_reached,
    coalesce(sum(residents_reached) filter (where residents_estimated), 0)::bigint
        as residents_estimated
from counted

order by level, municipality_key, theme_key
