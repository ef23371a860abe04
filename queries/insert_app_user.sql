-- Add an application user with a role and, for a peer expert or a municipality, its scope.
-- Grain: one row inserted; returns its id.
-- Params: $login, $display_name, $role varchar; $municipality_code varchar or null;
--   $peer_expert_id bigint or null.
insert into app_user (login, display_name, role, municipality_code, peer_expert_id, active)
values ($login, $display_name, $role, $municipality_code, $peer_expert_id, true)
returning id
