-- The choices on the sub-assignment, kick-off and goal forms: municipalities, active themes,
-- roles (activity types), settings and development goals.
-- Grain: one row per (kind, code); kind in municipality, theme, role, setting, goal.
-- Params: none.
select 'municipality' as kind, code, name as label, 0 as sort_order from municipality
union all
select 'theme', code, label, sort_order from theme where active
union all
select 'role', code, label, sort_order from activity_type
union all
select 'setting', code, label, sort_order from setting
union all
select 'goal', code, title, sort_order from development_goal
order by kind, sort_order, label
