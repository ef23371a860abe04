-- Contract talks a signal can be marked as discussed in, newest first.
-- Grain: one row per contract talk.
-- Params: none.
select
    id,
    talk_date,
    title,
from contract_talk
order by talk_date desc, id desc
