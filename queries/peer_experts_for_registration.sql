-- Peer experts a coördinator can register for, and the import can name.
-- Grain: one row per peer expert, by name.
-- Params: none.
select
    id,
    display_name,
    active_from,
    active_to,
from peer_expert
order by display_name
