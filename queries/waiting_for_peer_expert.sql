-- What waits for a peer expert: responses to their signals, reasons their stories were
-- selected, and questions about their notes that are still open.
-- Grain: one row per item, newest first.
-- Params: $peer_expert_id bigint; $since timestamptz (responses and selections after it).
select * from (
    select
        'signaal' as kind,
        s.responded_at as item_at,
        s.title as title,
        s.response as detail,
    from signal as s
    where s.raised_by = $peer_expert_id
        and s.response is not null
        and s.responded_at >= $since
    union all
    select
        'verhaal gekozen' as kind,
        sel.decided_at as item_at,
        'Verhalenronde ' || r.period as title,
        sel.reason as detail,
    from story_selection as sel
    inner join story_proposal as p on p.id = sel.proposal_id
    inner join story_round as r on r.id = p.story_round_id
    where p.proposed_by = $peer_expert_id
        and r.status = 'afgerond'
        and sel.decided_at >= $since
    union all
    select
        'vraag' as kind,
        q.asked_at as item_at,
        'Vraag over uw verhaal van ' || strftime(n.note_date, '%d-%m-%Y') as title,
        q.question as detail,
    from note_question as q
    inner join note as n on n.id = q.note_id
    where n.peer_expert_id = $peer_expert_id
        and q.answered_at is null
)
order by item_at desc, title
