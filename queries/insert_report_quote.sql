-- Select one quotable note for report item (c) of a period.
-- Grain: one row per (period, note).
-- Params: $period varchar, $note_id bigint, $selected_by varchar.
insert into report_quote (period, note_id, selected_by)
values ($period, $note_id, $selected_by)
