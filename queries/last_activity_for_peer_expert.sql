-- The newest activity of a peer expert, as defaults for the next registration.
-- Grain: one row (or none): the activity with the latest date, then the highest id.
-- Params: $peer_expert_id bigint.
with newest as (
    select a.*
    from activity as a
    where a.peer_expert_id = $peer_expert_id
    order by a.activity_date desc, a.id desc
    limit 1
)
select
    a.id,
    a.activity_date,
    a.municipality_code,
    a.sub_assignment_id,
    a.activity_type_code,
    a.form,
    a.residents_reached,
    a.residents_estimated,
    a.hours,
    a.care_relation,
    a.setting_code,
    coalesce(th.theme_codes, []) as theme_codes,
from newest as a
left join (
    select t.activity_id, list(t.theme_code order by t.theme_code) as theme_codes
    from activity_theme as t
    where t.activity_id = (select id from newest)
    group by t.activity_id
) as th on th.activity_id = a.id
