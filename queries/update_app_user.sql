-- Change the name, role, scope or active flag of an application user (never the login).
-- Grain: one row updated (none when the id is unknown).
-- Params: $user_id bigint; $display_name, $role varchar; $municipality_code varchar or null;
--   $peer_expert_id bigint or null; $active boolean.
update app_user
set
    display_name = $display_name,
    role = $role,
    municipality_code = $municipality_code,
    peer_expert_id = $peer_expert_id,
    active = $active
where id = $user_id
