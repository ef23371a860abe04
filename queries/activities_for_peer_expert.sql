-- "Mijn registraties": activities of a peer expert, or registered by this login for someone.
-- Grain: one row per activity, newest first (date, then id), at most $limit rows.
-- Params: $peer_expert_id bigint or null (a coördinator has none); $login varchar; $limit integer.
-- The newest rows are chosen first; themes are attached only to those (not to every activity).
with picked as (
    select a.*
    from activity as a
    where a.peer_expert_id = $peer_expert_id or a.created_by = $login
    order by a.activity_date desc, a.id desc
    limit $limit
),
themes as (
    select t.activity_id, list(t.theme_code order by t.theme_code) as theme_codes
    from activity_theme as t
    inner join picked as x on x.id = t.activity_id
    group by t.activity_id
)
select
    a.id,
    a.activity_date,
    a.peer_expert_id,
    p.display_name as peer_expert_name,
    a.municipality_code,
    coalesce(m.name, 'Regio') as municipality_name,
    a.sub_assignment_id,
    s.title as sub_assignment_title,
    a.activity_type_code,
    at_.label as activity_type_label,
    a.form,
    a.residents_reached,
    a.residents_estimated,
    a.hours,
    a.care_relation,
    a.setting_code,
    a.source,
    a.version,
    a.created_by,
    coalesce(th.theme_codes, []) as theme_codes,
from picked as a
inner join peer_expert as p on p.id = a.peer_expert_id
inner join activity_type as at_ on at_.code = a.activity_type_code
left join municipality as m on m.code = a.municipality_code
left join sub_assignment as s on s.id = a.sub_assignment_id
left join themes as th on th.activity_id = a.id
order by a.activity_date desc, a.id desc
