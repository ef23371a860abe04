-- Change the label of a theme; DuckDB refuses this once rows refer to the theme.
-- Grain: one row updated (no RETURNING: DuckDB then refuses rows other tables refer to).
-- Params: $code, $label varchar.
update theme
set label = $label
where code = $code
