-- The values the audit log can be filtered on: every actor, entity and action that occurs.
-- Grain: one row per (kind, value), kind in ('actor', 'entity', 'action'), sorted.
-- Params: none.
select distinct
    'actor' as kind,
    actor as value,
from audit_log
union
select distinct
    'entity' as kind,
    entity as value,
from audit_log
union
select distinct
    'action' as kind,
    action as value,
from audit_log
order by kind, value
