-- Occurrences of every indexed term (stem or stem bigram) in two periods' notes the viewer
-- may read; the input of "Wat komt op?" (log-odds in monitor.text).
-- Grain: one row per term occurring in either period, ordered by term. label is the word form
--   seen in most notes (ties: alphabetical).
-- Params: $start_a date, $end_a date (exclusive), $start_b date, $end_b date (exclusive);
--   $viewer_role varchar, $viewer_peer_expert_id bigint or null, $viewer_municipality varchar or null.
with visible_notes as (
    select
        n.id,
        n.note_date >= $start_a and n.note_date < $end_a as in_a,
        n.note_date >= $start_b and n.note_date < $end_b as in_b,
    from note as n
    where ((n.note_date >= $start_a and n.note_date < $end_a)
            or (n.note_date >= $start_b and n.note_date < $end_b))
        and note_visible(
            n.visibility, n.peer_expert_id, n.municipality_code,
            $viewer_role, $viewer_peer_expert_id, $viewer_municipality
        )
),
forms as (
    select tok.term, tok.form, count(*) as notes
    from note_token as tok
    inner join visible_notes as v on v.id = tok.note_id
    group by all
)
select
    tok.term,
    (
        select f.form
        from forms as f
        where f.term = tok.term
        order by f.notes desc, f.form
        limit 1
    ) as label,
    any_value(tok.ngram)::integer as ngram,
    coalesce(sum(tok.n) filter (where v.in_a), 0)::bigint as count_a,
    coalesce(sum(tok.n) filter (where v.in_b), 0)::bigint as count_b,
from note_token as tok
inner join visible_notes as v on v.id = tok.note_id
group by tok.term
order by tok.term
