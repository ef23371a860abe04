-- Every choice the registration forms and the import offer: municipalities, themes, activity
-- types, settings and added-value tags, each with its Dutch label and explanation.
-- Grain: one row per (kind, code); kind in municipality, theme, activity_type, setting, tag.
-- Params: none.
select 'municipality' as kind, code, name as label, subregion as description, 0 as sort_order
from municipality
union all
select 'theme' as kind, code, label, description, sort_order
from theme
where active
union all
select 'activity_type' as kind, code, label, description, sort_order
from activity_type
union all
select 'setting' as kind, code, label, '' as description, sort_order
from setting
union all
select 'tag' as kind, code, label, description, sort_order
from added_value_tag
order by kind, sort_order, label
