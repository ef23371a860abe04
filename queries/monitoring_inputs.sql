-- Everything needed to work out the monitoring moments of every running sub-assignment:
-- its frequency and period, and the moments already recorded.
-- Grain: one row per sub-assignment that is not in preparation; recorded moments as a list.
-- Params: none.
select
    s.id,
    s.title,
    s.frequency,
    s.start_date,
    s.end_date,
    list({'id': m.id, 'due_date': m.due_date, 'held_date': m.held_date} order by m.due_date)
        filter (where m.id is not null) as recorded,
from sub_assignment as s
left join monitoring_moment as m on m.sub_assignment_id = s.id
where s.status <> 'in_voorbereiding'
group by all
order by s.id
