-- Notes whose text the search index does not hold yet, or holds in an older version.
-- Grain: one row per note to (re)index, lowest id first, at most $limit rows.
-- Params: $limit integer.
select
    n.id,
    n.body,
    hash(n.body) as body_hash,
from note as n
left join note_token_state as s on s.note_id = n.id
where s.note_id is null
    or s.body_hash <> hash(n.body)
order by n.id
limit $limit
