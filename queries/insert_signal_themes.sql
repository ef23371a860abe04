-- Attach themes to a signal.
-- Grain: inserts one signal_theme row per theme code.
-- Params: $signal_id bigint, $theme_codes varchar[].
insert into signal_theme (signal_id, theme_code)
select $signal_id, unnest($theme_codes::varchar[])
