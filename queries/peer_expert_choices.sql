-- Peer experts to link to a user account in Beheer, with whether one already has an account.
-- Grain: one row per peer expert, by name.
-- Params: none.
select
    p.id,
    p.display_name,
    p.active_to is null as active,
    count(u.id) filter (where u.active) as active_accounts,
from peer_expert as p
left join app_user as u on u.peer_expert_id = p.id
group by all
order by p.display_name
