-- Link the notes discussed at a monitoring moment.
-- Grain: one inserted row of monitoring_moment_note per note id.
-- Params: $monitoring_moment_id bigint; $note_ids bigint[] (may be empty).
insert into monitoring_moment_note (monitoring_moment_id, note_id)
select
    $monitoring_moment_id as monitoring_moment_id,
    unnest($note_ids::bigint[]) as note_id
