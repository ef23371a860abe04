-- The needs inventoried at kick-offs (role x theme x setting) and the sub-assignment each became.
-- Grain: one row per need, by municipality name and id.
-- Params: $municipality varchar or null (null: every municipality).
select
    n.id,
    n.kickoff_id,
    k.municipality_code,
    m.name as municipality_name,
    n.activity_type_code,
    a.label as role,
    n.theme_code,
    t.label as theme,
    n.setting_code,
    st.label as setting,
    n.description,
    n.sub_assignment_id,
    s.title as sub_assignment_title,
from kickoff_need as n
inner join kickoff as k on k.id = n.kickoff_id
inner join municipality as m on m.code = k.municipality_code
inner join activity_type as a on a.code = n.activity_type_code
inner join theme as t on t.code = n.theme_code
left join setting as st on st.code = n.setting_code
left join sub_assignment as s on s.id = n.sub_assignment_id
where $municipality is null or k.municipality_code = $municipality
order by m.name, n.id
