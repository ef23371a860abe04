-- Change the family, description or order of an activity type (not its code or label).
-- Grain: one row updated (no RETURNING: DuckDB then refuses rows other tables refer to).
-- Params: $code, $family, $description varchar; $sort_order integer.
update activity_type
set
    family = $family,
    description = $description,
    sort_order = $sort_order
where code = $code
