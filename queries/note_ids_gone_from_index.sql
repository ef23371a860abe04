-- Notes the search index still holds that no longer exist.
-- Grain: one row per removed note id.
-- Params: none.
select distinct s.note_id
from note_token_state as s
anti join note as n on n.id = s.note_id
order by s.note_id
