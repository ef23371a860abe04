-- The recorded status of half-years (a half-year without a row is provisional).
-- Grain: one row per half-year with a recorded status.
-- Params: none.
select period, status, decided_by, decided_at, note
from period_status
order by period
