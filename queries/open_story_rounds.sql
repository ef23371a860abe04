-- Story rounds that are not finished, newest half-year first.
-- Grain: one row per round.
-- Params: none.
select id, period, status, domain_kind
from story_round
where status <> 'afgerond'
order by period desc
