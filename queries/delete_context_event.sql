-- Remove a context event.
-- Grain: the one event; returns its former row.
-- Params: $id bigint.
delete from context_event
where id = $id
returning id, event_date, label, description
