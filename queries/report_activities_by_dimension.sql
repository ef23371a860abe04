-- Activities in a period counted by type, role (family), form, setting and relation to care.
-- Grain: one row per (dimension, value) that occurs; dimension in
--   'type', 'rol', 'vorm', 'vindplek', 'zorgrelatie'; missing values are labelled 'Onbekend'.
-- Params: $start date (inclusive), $end date (exclusive);
--   $municipality varchar or null (null = the whole region, else that municipality only).
with acts as (
    select
        a.*,
        ty.label as type_label,
        ty.sort_order as type_sort,
        ty.family,
        s.label as setting_label,
        s.sort_order as setting_sort,
    from activity as a
    inner join activity_type as ty on ty.code = a.activity_type_code
    left join setting as s on s.code = a.setting_code
    where a.activity_date >= $start
        and a.activity_date < $end
        and ($municipality is null or a.municipality_code = $municipality)
),

labelled as (
    select
        'type' as dimension,
        1 as dim_sort,
        type_label as label,
        type_sort as sort_order,
        hours,
        residents_reached,
    from acts
    union all
    select
        'rol' as dimension,
        2 as dim_sort,
        case family
            when 'direct' then 'Directe ondersteuning van inwoners'
            else 'Invloed en deskundigheid'
        end as label,
        case family when 'direct' then 1 else 2 end as sort_order,
        hours,
        residents_reached,
    from acts
    union all
    select
        'vorm' as dimension,
        3 as dim_sort,
        case form
            when 'individueel' then 'Individueel'
            when 'groep' then 'Groep'
            else 'Open (inloop)'
        end as label,
        case form when 'individueel' then 1 when 'groep' then 2 else 3 end as sort_order,
        hours,
        residents_reached,
    from acts
    union all
    select
        'vindplek' as dimension,
        4 as dim_sort,
        coalesce(setting_label, 'Onbekend') as label,
        coalesce(setting_sort, 999) as sort_order,
        hours,
        residents_reached,
    from acts
    union all
    select
        'zorgrelatie' as dimension,
        5 as dim_sort,
        case care_relation
            when 'naast' then 'Naast professionele zorg'
            when 'in_plaats_van' then 'In plaats van professionele zorg'
            when 'ter_voorkoming_van' then 'Ter voorkoming van professionele zorg'
            when 'nazorg' then 'Nazorg'
            else 'Niet van toepassing of onbekend'
        end as label,
        case care_relation
            when 'naast' then 1
            when 'in_plaats_van' then 2
            when 'ter_voorkoming_van' then 3
            when 'nazorg' then 4
            else 5
        end as sort_order,
        hours,
        residents_reached,
    from acts
)

select
    dimension,
    label,
    count(*) as activities,
    sum(hours)::double as hours,
    sum(residents_reached)::bigint as residents_reached,
from labelled
group by dimension, dim_sort, label, sort_order
order by dim_sort, sort_order, label
