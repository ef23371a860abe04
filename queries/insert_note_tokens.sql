-- Add index terms, passed as one text: a line per (note, term) with five tab-separated fields
-- note_id, term, ngram, form, count. One text parameter is far cheaper to bind than five lists
-- of millions of values; terms and forms hold only letters and spaces (monitor.text).
-- Grain: one inserted note_token row per non-empty line.
-- Params: $rows varchar.
insert into note_token (note_id, term, ngram, form, n)
select
    f[1]::bigint,
    f[2],
    f[3]::tinyint,
    f[4],
    f[5]::integer,
from (
    select string_split(line, chr(9)) as f
    from (select unnest(string_split($rows, chr(10))) as line)
    where line <> ''
)
