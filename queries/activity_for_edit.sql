-- One activity with its themes: the "before" of an edit or delete, and who may change it.
-- Grain: one row (or none) for the id.
-- Params: $id bigint.
select
    a.id,
    a.activity_date,
    a.peer_expert_id,
    a.sub_assignment_id,
    a.municipality_code,
    a.activity_type_code,
    a.form,
    a.residents_reached,
    a.residents_estimated,
    a.hours,
    a.care_relation,
    a.setting_code,
    a.source,
    a.source_id,
    a.version,
    a.created_by,
    coalesce(
        (select list(t.theme_code order by t.theme_code) from activity_theme as t
            where t.activity_id = a.id), []
    ) as theme_codes,
from activity as a
where a.id = $id
