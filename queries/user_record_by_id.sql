-- One application user as stored, active or not (the before-image of an edit in Beheer).
-- Grain: zero or one row.
-- Params: $user_id bigint.
select
    id,
    login,
    display_name,
    role,
    municipality_code,
    peer_expert_id,
    active,
from app_user
where id = $user_id
