-- Raise a signal to policy from a note; it starts with status 'nieuw'.
-- Grain: inserts one signal row; returns its id.
-- Params: $raised_date date, $raised_by bigint (peer expert), $signal_type varchar,
--   $municipality_code varchar or null (regional), $title varchar, $description varchar.
insert into signal (raised_date, raised_by, signal_type, municipality_code, title, description)
values ($raised_date, $raised_by, $signal_type, $municipality_code, $title, $description)
returning id
