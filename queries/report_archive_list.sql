-- Issued reports, newest first, without their content.
-- Grain: one row per archived report.
-- Params: $municipality varchar or null (null = every report; else only that municipality's).
select
    r.id,
    r.period,
    r.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    r.format,
    r.filename,
    r.sha256,
    octet_length(r.content) as size_bytes,
    r.created_by,
    r.created_at,
from report_archive as r
left join municipality as m on m.code = r.municipality_code
where $municipality is null or r.municipality_code = $municipality
order by r.created_at desc, r.id desc
