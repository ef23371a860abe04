-- Refused imports that no successful import has followed yet: still to be sorted out.
-- A later import batch (any file) means the planning data came in after all.
-- Grain: one row per refused attempt, newest first.
-- Params: none.
with last_import as (
    select max(imported_at) as imported_at
    from import_batch
)

select
    r.id,
    r.filename,
    r.sha256,
    r.attempted_by,
    r.attempted_at,
    r.rows_refused,
    r.reasons,
from import_refusal as r
cross join last_import as l
where l.imported_at is null or r.attempted_at > l.imported_at
order by r.attempted_at desc, r.id desc
