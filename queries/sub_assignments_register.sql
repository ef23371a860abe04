-- The register of sub-assignments: scope, period, frequency, themes, roles and recorded moments.
-- Grain: one row per sub-assignment matching every given filter, ordered by title.
-- Params: $scope varchar or null (null: all; 'regio': regional only; else a municipality code),
--   $status varchar or null, $theme varchar or null (theme code),
--   $role varchar or null (activity type code).
select
    s.id,
    s.title,
    s.municipality_code,
    coalesce(m.name, 'Regio') as scope,
    s.status,
    s.frequency,
    s.start_date,
    s.end_date,
    (
        select list(t.label order by t.sort_order)
        from sub_assignment_theme as st
        inner join theme as t on t.code = st.theme_code
        where st.sub_assignment_id = s.id
    ) as themes,
    (
        select list(a.label order by a.sort_order)
        from sub_assignment_role as sr
        inner join activity_type as a on a.code = sr.activity_type_code
        where sr.sub_assignment_id = s.id
    ) as roles,
    (
        select list(
            {'id': mm.id, 'due_date': mm.due_date, 'held_date': mm.held_date}
            order by mm.due_date
        )
        from monitoring_moment as mm
        where mm.sub_assignment_id = s.id
    ) as recorded_moments,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
where (
        $scope is null
        or ($scope = 'regio' and s.municipality_code is null)
        or s.municipality_code = $scope
    )
    and ($status is null or s.status = $status)
    and (
        $theme is null or exists (
            select 1 from sub_assignment_theme as st
            where st.sub_assignment_id = s.id and st.theme_code = $theme
        )
    )
    and (
        $role is null or exists (
            select 1 from sub_assignment_role as sr
            where sr.sub_assignment_id = s.id and sr.activity_type_code = $role
        )
    )
order by s.title, s.id
