-- What can be linked as evidence for a development goal in a period: the notes the viewer may
-- read, the activities and the signals of that period, the newest $per_kind of each kind
-- (optionally only those whose label contains $search), so the picker stays readable and fast
-- at any size.
-- Grain: one row per (kind, ref_id), by kind then newest first; total_of_kind counts every
--   match of that kind before the cut.
-- Params: $start date (inclusive), $end date (exclusive); $search varchar or null (case
--   insensitive substring of the label); $per_kind integer;
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with candidates as (
    select
        'note' as kind,
        n.id as ref_id,
        n.note_date as ref_date,
        n.body as label,
    from note as n
    where n.note_date >= $start and n.note_date < $end
        and note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
    union all
    select
        'activity',
        a.id,
        a.activity_date,
        concat_ws(' · ', typ.label, coalesce(m.name, 'Regio'), s.title),
    from activity as a
    inner join activity_type as typ on typ.code = a.activity_type_code
    left join municipality as m on m.code = a.municipality_code
    left join sub_assignment as s on s.id = a.sub_assignment_id
    where a.activity_date >= $start and a.activity_date < $end
    union all
    select
        'signal',
        s.id,
        s.raised_date,
        s.title,
    from signal as s
    where s.raised_date >= $start and s.raised_date < $end
        and $viewer_role in ('coordinator', 'contractmanager', 'begeleidingsgroep')
)
select
    kind,
    ref_id,
    ref_date,
    label,
    count(*) over (partition by kind) as total_of_kind,
from candidates
where $search::varchar is null or contains(lower(label), lower($search::varchar))
qualify row_number() over (partition by kind order by ref_date desc, ref_id desc) <= $per_kind
order by
    case kind when 'note' then 1 when 'activity' then 2 else 3 end,
    ref_date desc,
    ref_id desc
