-- The recorded monitoring moments of one sub-assignment, with the notes discussed that the
-- viewer may read.
-- Grain: one row per row of monitoring_moment, oldest due date first.
-- Params: $id bigint (sub-assignment);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
select
    mm.id,
    mm.due_date,
    mm.held_date,
    mm.reflection,
    mm.figures_discussed,
    coalesce(u.display_name, mm.recorded_by) as recorded_by,
    mm.recorded_at,
    coalesce(
        list(n.id order by n.note_date, n.id) filter (
            where n.id is not null and note_visible(
                n.visibility, n.peer_expert_id, n.municipality_code,
                $viewer_role, $viewer_peer_expert_id, $viewer_municipality
            )
        ),
        []
    ) as note_ids,
    count(n.id) as notes_linked,
from monitoring_moment as mm
left join app_user as u on u.login = mm.recorded_by
left join monitoring_moment_note as mn on mn.monitoring_moment_id = mm.id
left join note as n on n.id = mn.note_id
where mm.sub_assignment_id = $id
group by all
order by mm.due_date
