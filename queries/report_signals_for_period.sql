-- Every signal raised in a period, with its status, the response and its themes.
-- Grain: one row per signal, oldest first.
-- Params: $start date (inclusive), $end date (exclusive);
--   $municipality varchar or null (null = all; else that municipality and regional signals).
select
    s.id,
    s.raised_date,
    s.signal_type,
    s.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    s.title,
    s.description,
    s.status,
    s.response,
    s.fed_back,
    list(t.label order by t.sort_order) filter (where t.label is not null) as themes,
from signal as s
left join municipality as m on m.code = s.municipality_code
left join signal_theme as st on st.signal_id = s.id
left join theme as t on t.code = st.theme_code
where s.raised_date >= $start
    and s.raised_date < $end
    and ($municipality is null or s.municipality_code is null or s.municipality_code = $municipality)
group by all
order by s.raised_date, s.id
