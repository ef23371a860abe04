-- Agreed deviations from the distribution key, as recorded in contract talks, with their reason,
-- the talk where they were agreed and whether they touch the chosen period.
-- Grain: one row per agreement of kind 'afwijking_verdeelsleutel', by municipality name, then
--   period start.
-- Params: $start date (inclusive), $end date (exclusive) of the period being viewed.
select
    ag.id,
    ag.municipality_code,
    m.name as municipality_name,
    ag.description,
    ag.reason,
    ag.period_start,
    ag.period_end,
    ag.status,
    ct.talk_date,
    ct.title as talk_title,
    (
        ag.period_start < $end
        and (ag.period_end is null or ag.period_end > $start)
    ) as in_period
from agreement as ag
inner join municipality as m on m.code = ag.municipality_code
inner join contract_talk as ct on ct.id = ag.contract_talk_id
where ag.kind = 'afwijking_verdeelsleutel'
order by m.name, ag.period_start, ag.id
