-- Record a dated context event.
-- Grain: one new row; returns its id.
-- Params: $event_date date, $label varchar, $description varchar, $created_by varchar.
insert into context_event (event_date, label, description, created_by)
values ($event_date, $label, $description, $created_by)
returning id
