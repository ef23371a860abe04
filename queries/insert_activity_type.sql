-- Add an activity type (a role a peer expert can take).
-- Grain: one row inserted.
-- Params: $code, $label, $family, $description varchar; $sort_order integer.
insert into activity_type (code, label, family, description, sort_order)
values ($code, $label, $family, $description, $sort_order)
