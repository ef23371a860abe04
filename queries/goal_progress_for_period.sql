-- The progress narrative of every development goal in one half-year, empty where none exists.
-- Grain: one row per development goal (4), in goal order.
-- Params: $period varchar ('2025-H2').
select
    g.code as goal_code,
    g.title,
    g.description,
    gp.id as progress_id,
    coalesce(gp.narrative, '') as narrative,
    coalesce(u.display_name, gp.written_by) as written_by,
    gp.updated_at,
    (
        select count(*) from goal_evidence as e where e.goal_progress_id = gp.id
    ) as evidence,
from development_goal as g
left join goal_progress as gp on gp.goal_code = g.code and gp.period = $period
left join app_user as u on u.login = gp.written_by
order by g.sort_order
