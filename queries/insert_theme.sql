-- Add a theme or common denominator.
-- Grain: one row inserted.
-- Params: $code, $label, $facet, $description varchar; $active boolean; $sort_order integer.
insert into theme (code, label, facet, description, active, sort_order)
values ($code, $label, $facet, $description, $active, $sort_order)
