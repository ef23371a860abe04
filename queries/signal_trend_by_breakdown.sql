-- Signals the viewer may follow (the signal_visible rule), raised over time, broken down by theme
-- or municipality. A signal with several themes counts under each theme; the total rows count it
-- once.
-- Grain: one row per time bucket × breakdown key (is_total false), plus one row per bucket with
--   the true total (is_total true, key null). Buckets without signals are absent.
-- Params: $start date (inclusive), $end date (exclusive);
--   $grain varchar: 'month', 'quarter' or 'half_year';
--   $breakdown varchar: 'theme' ('zonder_thema' without) or 'municipality' ('regio' for regional);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with signals as (
    select
        s.id,
        s.municipality_code,
        case $grain
            when 'month' then date_trunc('month', s.raised_date)::date
            when 'quarter' then date_trunc('quarter', s.raised_date)::date
            else make_date(
                year(s.raised_date), case when month(s.raised_date) <= 6 then 1 else 7 end, 1
            )
        end as bucket
    from signal as s
    where s.raised_date >= $start
        and s.raised_date < $end
        and signal_visible(
            s.raised_by, s.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
),

keyed as (
    select
        signals.bucket,
        coalesce(t.theme_code, 'zonder_thema') as key
    from signals
    left join signal_theme as t on t.signal_id = signals.id
    where $breakdown = 'theme'

    union all

    select
        bucket,
        coalesce(municipality_code, 'regio') as key
    from signals
    where $breakdown = 'municipality'
),

totals as (
    select
        bucket,
        false as is_total,
        key,
        count(*) as signals
    from keyed
    group by all

    union all

    select
        bucket,
        true as is_total,
        null as key,
        count(*) as signals
    from signals
    group by all
)

select *
from totals
order by bucket, is_total, key
