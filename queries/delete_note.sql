-- Delete a note if nobody changed it since the author read it; children go first.
-- Grain: deletes one row or none; returns its id (no row: changed or deleted meanwhile).
-- Params: $id bigint, $seen_version integer.
delete from note
where id = $id and version = $seen_version
returning id
