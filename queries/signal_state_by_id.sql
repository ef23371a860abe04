-- The current state of one signal, read inside a write to check a status change.
-- Grain: one row (or none for an unknown id).
-- Params: $signal_id bigint.
select
    id,
    status,
    response,
    responded_by,
    responded_at,
    fed_back,
    version,
from signal
where id = $signal_id
