-- Archive one issued report, byte for byte, with its checksum.
-- Grain: one row per issued report; returns the new id.
-- Params: $period varchar, $municipality_code varchar or null, $format varchar,
--   $filename varchar, $sha256 varchar, $content blob, $created_by varchar.
insert into report_archive (
    period, municipality_code, format, filename, sha256, content, created_by
)
values ($period, $municipality_code, $format, $filename, $sha256, $content, $created_by)
returning id
