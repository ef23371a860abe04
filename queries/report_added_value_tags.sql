-- The added-value labels and what each means, for the definitions page of the report.
-- Grain: one row per added_value_tag, in sort order.
-- Params: none.
select code, label, description
from added_value_tag
order by sort_order, label
