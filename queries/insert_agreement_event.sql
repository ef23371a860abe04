-- Add one step to an agreement's history (recorded, progress, closed).
-- Grain: one new agreement_event row; returns its id.
-- Params: $agreement_id bigint, $event varchar, $note varchar, $actor varchar.
insert into agreement_event (agreement_id, event, note, actor)
values ($agreement_id, $event, $note, $actor)
returning id
