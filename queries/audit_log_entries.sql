-- The audit log, newest first, filtered by actor, entity, action and date (each filter optional).
-- Grain: one row per logged write, at most $limit rows.
-- Params: $actor, $entity, $action varchar or null (null = all); $start date or null
--   (inclusive), $end date or null (exclusive), in Europe/Amsterdam time; $limit integer.
select
    id,
    logged_at,
    actor,
    action,
    entity,
    entity_id,
    before_json,
    after_json,
from audit_log
where ($actor is null or actor = $actor)
    and ($entity is null or entity = $entity)
    and ($action is null or action = $action)
    and ($start is null or logged_at >= $start::date::timestamptz)
    and ($end is null or logged_at < $end::date::timestamptz)
order by logged_at desc, id desc
limit $limit
