-- Signals that have not been answered yet (status nieuw or besproken), oldest first.
-- Grain: one row per signal.
-- Params: $today date (for the age in days).
select
    s.id,
    s.title,
    s.status,
    s.raised_date,
    date_diff('day', s.raised_date, $today) as age_days,
    coalesce(m.name, 'Regio') as scope,
from signal as s
left join municipality as m on m.code = s.municipality_code
where s.status in ('nieuw', 'besproken')
order by s.raised_date, s.id
