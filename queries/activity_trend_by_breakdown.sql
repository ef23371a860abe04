-- Activities, hours and residents reached over time, broken down by one dimension. The
-- breakdown is a parameter: every branch is guarded by it, so only one branch returns rows.
-- An activity with several themes counts under each theme; the total rows count it once.
-- Grain: one row per time bucket × breakdown key (is_total false), plus one row per bucket with
--   the true total (is_total true, key null). Buckets without activities are absent.
-- Params: $start date (inclusive), $end date (exclusive);
--   $grain varchar: 'month', 'quarter' or 'half_year' (bucket = first day of the month/quarter/half);
--   $breakdown varchar: 'theme', 'municipality' ('regio' for regional), 'activity_type', 'form',
--   'sub_assignment' (id as text, 'geen' without) or 'care_relation' ('onbekend' when not set).
with acts as (
    select
        a.*,
        case $grain
            when 'month' then date_trunc('month', a.activity_date)::date
            when 'quarter' then date_trunc('quarter', a.activity_date)::date
            else make_date(
                year(a.activity_date), case when month(a.activity_date) <= 6 then 1 else 7 end, 1
            )
        end as bucket
    from activity as a
    where a.activity_date >= $start and a.activity_date < $end
),

keyed as (
    select
        acts.bucket,
        coalesce(t.theme_code, 'zonder_thema') as key,
        acts.hours,
        acts.residents_reached
    from acts
    left join activity_theme as t on t.activity_id = acts.id
    where $breakdown = 'theme'

    union all

    select
        bucket,
        coalesce(municipality_code, 'regio') as key,
        hours,
        residents_reached
    from acts
    where $breakdown = 'municipality'

    union all

    select
        bucket,
        activity_type_code as key,
        hours,
        residents_reached
    from acts
    where $breakdown = 'activity_type'

    union all

    select
        bucket,
        form as key,
        hours,
        residents_reached
    from acts
    where $breakdown = 'form'

    union all

    select
        bucket,
        coalesce(sub_assignment_id::varchar, 'geen') as key,
        hours,
        residents_reached
    from acts
    where $breakdown = 'sub_assignment'

    union all

    select
        bucket,
        coalesce(care_relation, 'onbekend') as key,
        hours,
        residents_reached
    from acts
    where $breakdown = 'care_relation'
),

totals as (
    select
        bucket,
        false as is_total,
        key,
        count(*) as activities,
        sum(hours)::double as hours,
        sum(residents_reached)::bigint as residents_reached
    from keyed
    group by all

    union all

    select
        bucket,
        true as is_total,
        null as key,
        count(*) as activities,
        sum(hours)::double as hours,
        sum(residents_reached)::bigint as residents_reached
    from acts
    group by all
)

select *
from totals
order by bucket, is_total, key
