-- The story round of a half-year with its domains (added-value tags or themes) and labels.
-- Grain: at most one row (one round per half-year); look up by period or by id.
-- Params: $period varchar like '2025-H2' or null; $round_id bigint or null.
select
    r.id,
    r.period,
    r.domain_kind,
    r.status,
    r.opened_by,
    r.opened_at,
    r.closed_at,
    list(d.domain_code order by d.domain_code) as domain_codes,
    list(coalesce(t.label, th.label, d.domain_code) order by d.domain_code) as domain_labels,
from story_round as r
left join story_round_domain as d on d.story_round_id = r.id
left join added_value_tag as t on r.domain_kind = 'meerwaarde' and t.code = d.domain_code
left join theme as th on r.domain_kind = 'thema' and th.code = d.domain_code
where ($period is null or r.period = $period)
    and ($round_id is null or r.id = $round_id)
group by all
