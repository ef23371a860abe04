-- One application user with role and scope, for building the viewer of a session.
-- Grain: one row per user (zero rows when the id is unknown or the user is inactive).
-- Params: $user_id bigint.
select
    u.id,
    u.login,
    u.display_name,
    u.role,
    u.peer_expert_id,
    u.municipality_code,
from app_user as u
where u.id = $user_id
    and u.active
