-- The choices of the Verhalen filters: themes, municipalities (and the region), sub-assignments,
-- added-value tags and peer experts (by pseudonym).
-- Grain: one row per (kind, code), ordered by kind and then the kind's own order.
-- Params: none.
select kind, code, label
from (
    select 'theme' as kind, code, label, sort_order::bigint as pos, from theme
    union all
    select 'municipality', code, name, 0, from municipality
    union all
    select 'municipality', 'regio', 'Regio', 1
    union all
    select 'sub_assignment', id::varchar, title, id, from sub_assignment
    union all
    select 'tag', code, label, sort_order::bigint, from added_value_tag
    union all
    select 'peer_expert', id::varchar, display_name, id, from peer_expert
)
order by kind, pos, label
