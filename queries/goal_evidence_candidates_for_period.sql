-- What can be linked as evidence for a development goal in a period: the notes the viewer may
-- read, the activities and the signals of that period.
-- Grain: one row per (kind, ref_id), by kind then newest first.
-- Params: $start date (inclusive), $end date (exclusive);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select * from (
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
order by
    case kind when 'note' then 1 when 'activity' then 2 else 3 end,
    ref_date desc,
    ref_id desc
