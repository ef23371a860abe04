-- Dated context events that every time chart shows.
-- Grain: one row per event, in date order.
-- Params: none.
select id, event_date, label, description, created_by
from context_event
order by event_date, id
