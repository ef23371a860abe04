-- Append one row to the audit log (the only way rows enter it).
-- Grain: one row per write action.
-- Params: $actor, $action, $entity varchar; $entity_id, $before_json, $after_json varchar or null.
insert into audit_log (actor, action, entity, entity_id, before_json, after_json)
values ($actor, $action, $entity, $entity_id, $before_json, $after_json)
