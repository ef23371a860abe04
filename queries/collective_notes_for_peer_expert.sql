-- The wij-verhalen a peer expert wrote, with the notes each draws on (for linking).
-- Grain: one row per wij-note of the peer expert, newest first.
-- Params: $peer_expert_id bigint.
select
    n.id,
    n.note_date,
    n.body,
    n.visibility,
    coalesce(
        list(ns.source_note_id order by ns.source_note_id)
            filter (where ns.source_note_id is not null),
        []
    ) as source_ids,
from note as n
left join note_source as ns on ns.collective_note_id = n.id
where n.peer_expert_id = $peer_expert_id
    and n.level = 'wij'
group by all
order by n.note_date desc, n.id desc
