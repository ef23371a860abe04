-- Every version of the distribution key (verdeelsleutel) with each municipality's share.
-- Grain: one row per (valid_from, municipality), newest version first, then by name.
-- Params: none.
select
    k.valid_from,
    k.municipality_code,
    m.name as municipality_name,
    k.share_pct,
from distribution_key as k
inner join municipality as m on m.code = k.municipality_code
order by k.valid_from desc, m.name
