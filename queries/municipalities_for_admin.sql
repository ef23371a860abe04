-- The 14 municipalities with subregion and their share in the key version valid today.
-- Grain: one row per municipality, by name.
-- Params: $today date.
with current_key as (
    select
        municipality_code,
        share_pct,
        valid_from,
    from distribution_key
    where valid_from <= $today
    qualify row_number() over (
        partition by municipality_code order by valid_from desc
    ) = 1
)

select
    m.code,
    m.name,
    m.subregion,
    k.share_pct,
    k.valid_from as key_valid_from,
from municipality as m
left join current_key as k on k.municipality_code = m.code
order by m.name
