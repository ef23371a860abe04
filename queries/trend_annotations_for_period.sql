-- Observed trends of a half-year with their competing interpretations (who wrote each).
-- Grain: one row per annotation, oldest first; interpretations as a list of structs.
-- Params: $period varchar; $context varchar or null (null: every context).
select
    a.id,
    a.context,
    a.period,
    a.subject,
    a.observation,
    a.created_by,
    a.created_at,
    count(i.id) as interpretation_count,
    list({'author': i.author, 'body': i.body, 'created_at': i.created_at} order by i.id)
        filter (where i.id is not null) as interpretations,
from trend_annotation as a
left join trend_interpretation as i on i.trend_annotation_id = a.id
where a.period = $period
    and ($context is null or a.context = $context)
group by all
order by a.created_at, a.id
