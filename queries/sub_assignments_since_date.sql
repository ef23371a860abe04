-- Sub-assignments created since a moment (e.g. the previous contract talk).
-- Grain: one row per sub-assignment, oldest first.
-- Params: $since timestamptz (inclusive).
select
    s.id,
    s.title,
    coalesce(m.name, 'Regio') as municipality_name,
    s.status,
    s.start_date,
from sub_assignment as s
left join municipality as m on m.code = s.municipality_code
where s.created_at >= $since
order by s.created_at, s.id
