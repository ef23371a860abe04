-- The application user behind an identity from the organisation's login (st.login), active or not.
-- Grain: at most one row; a match on the e-mail address wins over a match on the subject.
-- Params: $email varchar or null (compared case-insensitively), $sub varchar or null.
select
    u.id,
    u.login,
    u.display_name,
    u.role,
    u.peer_expert_id,
    u.municipality_code,
    u.active,
from app_user as u
where (lower(u.login) = lower(trim($email)) and $email is not null)
    or (u.login = $sub and $sub is not null)
order by (lower(u.login) = lower(trim(coalesce($email, '')))) desc, u.id
limit 1
