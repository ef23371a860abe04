-- All application settings as key/value pairs (e.g. demo = 'true').
-- Grain: one row per setting.
-- Params: none.
select key, value
from app_setting
order by key
