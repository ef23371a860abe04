-- One contract talk as recorded, with the municipalities that were represented.
-- Grain: zero or one row.
-- Params: $contract_talk_id bigint.
select
    t.id,
    t.talk_date,
    t.title,
    t.discussion,
    t.recorded_by,
    t.recorded_at,
    list(m.name order by m.name) filter (where m.name is not null) as municipalities,
from contract_talk as t
left join contract_talk_attendance as c on c.contract_talk_id = t.id
left join municipality as m on m.code = c.municipality_code
where t.id = $contract_talk_id
group by t.id, t.talk_date, t.title, t.discussion, t.recorded_by, t.recorded_at
