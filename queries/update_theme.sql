-- Change the description, facet, order or active flag of a theme (not its code or label).
-- Grain: one row updated (no RETURNING: DuckDB then refuses rows other tables refer to).
-- Params: $code, $facet, $description varchar; $active boolean; $sort_order integer.
update theme
set
    facet = $facet,
    description = $description,
    active = $active,
    sort_order = $sort_order
where code = $code
