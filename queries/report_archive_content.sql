-- One archived report with its exact bytes, for downloading it again.
-- Grain: zero or one row.
-- Params: $id bigint.
select id, period, municipality_code, format, filename, sha256, content, created_by, created_at
from report_archive
where id = $id
