-- The kick-off (startbijeenkomst) of every municipality, also where none is recorded yet.
-- Grain: one row per municipality (14), by name.
-- Params: none.
select
    m.code as municipality_code,
    m.name as municipality_name,
    k.id as kickoff_id,
    coalesce(k.status, 'nog_te_plannen') as status,
    k.planned_date,
    k.held_date,
    coalesce(k.stakeholders, '') as stakeholders,
    coalesce(k.summary, '') as summary,
    count(n.id) as needs,
    count(n.id) filter (where n.sub_assignment_id is null) as needs_without_sub_assignment,
from municipality as m
left join kickoff as k on k.municipality_code = m.code
left join kickoff_need as n on n.kickoff_id = k.id
group by all
order by m.name
