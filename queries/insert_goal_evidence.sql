-- Link evidence (notes, activities, signals) to a goal narrative.
-- Grain: one inserted row of goal_evidence per pair.
-- Params: $goal_progress_id bigint; $kinds varchar[] and $ref_ids bigint[] (pairs by position).
insert into goal_evidence (goal_progress_id, kind, ref_id)
select
    $goal_progress_id as goal_progress_id,
    unnest($kinds::varchar[]) as kind,
    unnest($ref_ids::bigint[]) as ref_id
