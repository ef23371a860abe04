-- Narrative notes the viewer may read over time, broken down by theme, municipality or
-- sub-assignment. A note with several themes counts under each theme; the total rows count it once.
-- Grain: one row per time bucket × breakdown key (is_total false), plus one row per bucket with
--   the true total (is_total true, key null). Buckets without notes are absent.
-- Params: $start date (inclusive), $end date (exclusive);
--   $grain varchar: 'month', 'quarter' or 'half_year';
--   $breakdown varchar: 'theme' ('zonder_thema' without), 'municipality' ('regio' for regional)
--   or 'sub_assignment' (id as text, 'geen' without);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with notes as (
    select
        n.id,
        n.municipality_code,
        n.sub_assignment_id,
        case $grain
            when 'month' then date_trunc('month', n.note_date)::date
            when 'quarter' then date_trunc('quarter', n.note_date)::date
            else make_date(year(n.note_date), case when month(n.note_date) <= 6 then 1 else 7 end, 1)
        end as bucket
    from note as n
    where n.note_date >= $start
        and n.note_date < $end
        and note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
),

keyed as (
    select
        notes.bucket,
        coalesce(t.theme_code, 'zonder_thema') as key
    from notes
    left join note_theme as t on t.note_id = notes.id
    where $breakdown = 'theme'

    union all

    select
        bucket,
        coalesce(municipality_code, 'regio') as key
    from notes
    where $breakdown = 'municipality'

    union all

    select
        bucket,
        coalesce(sub_assignment_id::varchar, 'geen') as key
    from notes
    where $breakdown = 'sub_assignment'
),

totals as (
    select
        bucket,
        false as is_total,
        key,
        count(*) as notes
    from keyed
    group by all

    union all

    select
        bucket,
        true as is_total,
        null as key,
        count(*) as notes
    from notes
    group by all
)

select *
from totals
order by bucket, is_total, key
