-- Bodies of the notes a report may draw words from, for "what emerged" (section d).
-- Only notes opened up beyond the pool: 'begeleiding' or 'citeerbaar' for the regional report;
-- for one municipality what that municipality may read (quotable, own or regional).
-- Grain: one row per note in the period, oldest first.
-- Params: $start date (inclusive), $end date (exclusive); $municipality varchar or null.
select n.id, n.body
from note as n
where n.note_date >= $start
    and n.note_date < $end
    and (
        ($municipality is null and n.visibility in ('begeleiding', 'citeerbaar'))
        or note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code, 'gemeente', null, $municipality
        )
    )
order by n.note_date, n.id
