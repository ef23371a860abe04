-- Every sub-assignment with what registration checks: period, status and municipality.
-- Grain: one row per sub-assignment, by id.
-- Params: none.
select
    s.id,
    s.title,
    s.municipality_code,
    m.name as municipality_name,
    s.start_date,
    s.end_date,
    s.status,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
order by s.id
