-- The responses to signals given in one contract talk, as given then.
-- Grain: one row per signal answered in the talk, by signal id.
-- Params: $contract_talk_id bigint.
select
    s.id as signal_id,
    s.title,
    coalesce(m.name, 'Regio') as municipality_name,
    r.status_before,
    r.response,
    s.status as status_now,
from contract_talk_signal_response as r
inner join signal as s on s.id = r.signal_id
left join municipality as m on m.code = s.municipality_code
where r.contract_talk_id = $contract_talk_id
order by s.id
