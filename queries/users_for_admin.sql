-- Every application user, active or not, with role and scope, for Beheer > Gebruikers.
-- Grain: one row per user, active users first, then by role and name.
-- Params: none.
select
    u.id,
    u.login,
    u.display_name,
    u.role,
    u.municipality_code,
    m.name as municipality_name,
    u.peer_expert_id,
    p.display_name as peer_expert_name,
    u.active,
from app_user as u
left join municipality as m on m.code = u.municipality_code
left join peer_expert as p on p.id = u.peer_expert_id
order by u.active desc, u.role, u.display_name, u.id
