-- Which source ids of an import file are already in the database (duplicates).
-- Grain: one row per known source id.
-- Params: $source_ids varchar[].
select
    a.source_id,
    a.id,
    a.import_batch_id,
from activity as a
where a.source_id in (select unnest($source_ids::varchar[]))
order by a.source_id
