-- The codes of one vocabulary: added-value tags or themes (for validating a story round).
-- Grain: one row per code.
-- Params: $kind varchar ('added_value_tags' or 'themes').
select code, label
from added_value_tag
where $kind = 'added_value_tags'
union all
select code, label
from theme
where $kind = 'themes' and active
order by code
