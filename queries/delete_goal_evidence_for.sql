-- Remove a deleted activity, note or signal from the evidence of development goals.
-- Grain: deletes every goal_evidence row pointing at the item.
-- Params: $kind varchar ('activity', 'note' or 'signal'), $ref_id bigint.
delete from goal_evidence
where kind = $kind and ref_id = $ref_id
