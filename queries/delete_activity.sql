-- Delete an activity if nobody changed it since the author read it; children go first.
-- Grain: deletes one row or none; returns its id (no row: changed or deleted meanwhile).
-- Params: $id bigint, $seen_version integer.
delete from activity
where id = $id and version = $seen_version
returning id
