-- Open agreements across all contract talks, with the talk they were made in.
-- Grain: one row per open agreement; those with a due date first (earliest first).
-- Params: none.
select
    a.id,
    a.kind,
    a.description,
    a.owner,
    a.due_date,
    a.municipality_code,
    m.name as municipality_name,
    a.period_start,
    a.period_end,
    a.reason,
    t.id as contract_talk_id,
    t.talk_date,
    t.title as talk_title,
from agreement as a
inner join contract_talk as t on t.id = a.contract_talk_id
left join municipality as m on m.code = a.municipality_code
where a.status = 'open'
order by a.due_date nulls last, t.talk_date, a.id
