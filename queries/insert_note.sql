-- Save one narrative note.
-- Grain: inserts one note row; returns its id.
-- Params: $note_date date, $peer_expert_id bigint, $municipality_code varchar or null,
--   $sub_assignment_id bigint or null, $level varchar ('ik'/'wij'), $body varchar,
--   $visibility varchar, $setting_code varchar or null, $created_by varchar.
insert into note (
    note_date, peer_expert_id, municipality_code, sub_assignment_id, level, body, visibility,
    setting_code, created_by
)
values (
    $note_date, $peer_expert_id, $municipality_code, $sub_assignment_id, $level, $body,
    $visibility, $setting_code, $created_by
)
returning id
