-- Note a refused import (nothing of the file was written), for the coördinator's Wacht op mij.
-- Grain: inserts one import_refusal row; returns its id.
-- Params: $filename varchar, $sha256 varchar, $attempted_by varchar, $rows_refused integer
--   (rows with errors; 0 when the file as a whole was refused), $reasons varchar[].
insert into import_refusal (filename, sha256, attempted_by, rows_refused, reasons)
values ($filename, $sha256, $attempted_by, $rows_refused, $reasons)
returning id
