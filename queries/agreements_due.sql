-- Open agreements due on or before a date, with the talk they were made in.
-- Grain: one row per agreement, earliest due first.
-- Params: $until date.
select
    a.id,
    a.kind,
    a.description,
    a.owner,
    a.due_date,
    t.talk_date,
from agreement as a
inner join contract_talk as t on t.id = a.contract_talk_id
where a.status = 'open'
    and a.due_date is not null
    and a.due_date <= $until
order by a.due_date, a.id
