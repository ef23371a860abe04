-- Signals awaiting discussion or a response (status nieuw or besproken), for a contract talk.
-- Grain: one row per signal, oldest first.
-- Params: none.
select
    s.id,
    s.raised_date,
    s.signal_type,
    coalesce(m.name, 'Regio') as municipality_name,
    s.title,
    s.description,
    s.status,
    s.response,
    s.version,
from signal as s
left join municipality as m on m.code = s.municipality_code
where s.status in ('nieuw', 'besproken')
order by s.raised_date, s.id
