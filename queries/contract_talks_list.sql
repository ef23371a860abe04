-- Every recorded contract talk, newest first, with how much was agreed in it.
-- Grain: one row per contract talk.
-- Params: none.
select
    t.id,
    t.talk_date,
    t.title,
    t.recorded_by,
    t.recorded_at,
    (
        select count(*) from contract_talk_attendance as c where c.contract_talk_id = t.id
    ) as municipalities,
    (select count(*) from agreement as a where a.contract_talk_id = t.id) as agreements,
    (
        select count(*)
        from contract_talk_signal_response as r
        where r.contract_talk_id = t.id
    ) as signal_responses,
from contract_talk as t
order by t.talk_date desc, t.id desc
