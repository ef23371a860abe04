-- One sub-assignment with its agreed terms, scope, themes, roles and development goals.
-- Grain: one row (none for an unknown id).
-- Params: $id bigint.
select
    s.id,
    s.title,
    s.description,
    s.municipality_code,
    coalesce(m.name, 'Regio') as scope,
    s.goals,
    s.monitoring_method,
    s.frequency,
    s.accountability,
    s.signs,
    s.start_date,
    s.end_date,
    s.status,
    s.version,
    s.created_at,
    s.updated_at,
    coalesce((
        select list(st.theme_code order by t.sort_order)
        from sub_assignment_theme as st
        inner join theme as t on t.code = st.theme_code
        where st.sub_assignment_id = s.id
    ), []) as theme_codes,
    coalesce((
        select list(t.label order by t.sort_order)
        from sub_assignment_theme as st
        inner join theme as t on t.code = st.theme_code
        where st.sub_assignment_id = s.id
    ), []) as themes,
    coalesce((
        select list(sr.activity_type_code order by a.sort_order)
        from sub_assignment_role as sr
        inner join activity_type as a on a.code = sr.activity_type_code
        where sr.sub_assignment_id = s.id
    ), []) as role_codes,
    coalesce((
        select list(a.label order by a.sort_order)
        from sub_assignment_role as sr
        inner join activity_type as a on a.code = sr.activity_type_code
        where sr.sub_assignment_id = s.id
    ), []) as roles,
    coalesce((
        select list(sg.goal_code order by g.sort_order)
        from sub_assignment_goal as sg
        inner join development_goal as g on g.code = sg.goal_code
        where sg.sub_assignment_id = s.id
    ), []) as goal_codes,
    coalesce((
        select list(g.title order by g.sort_order)
        from sub_assignment_goal as sg
        inner join development_goal as g on g.code = sg.goal_code
        where sg.sub_assignment_id = s.id
    ), []) as development_goals,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
where s.id = $id
