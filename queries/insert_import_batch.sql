-- Record one import from the planning system.
-- Grain: inserts one import_batch row; returns its id.
-- Params: $filename varchar, $sha256 varchar, $imported_by varchar, $rows_new integer,
--   $rows_duplicate integer.
insert into import_batch (filename, sha256, imported_by, rows_new, rows_duplicate)
values ($filename, $sha256, $imported_by, $rows_new, $rows_duplicate)
returning id
