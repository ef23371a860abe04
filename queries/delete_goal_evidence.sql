-- Unlink evidence from a goal narrative: only the given (kind, ref_id) pairs, so evidence the
-- editor cannot read stays linked.
-- Grain: deletes zero or more rows of goal_evidence.
-- Params: $goal_progress_id bigint; $kinds varchar[] and $ref_ids bigint[] (pairs by position).
delete from goal_evidence
where goal_progress_id = $goal_progress_id
    and exists (
        select 1
        from (
            select
                unnest($kinds::varchar[]) as k,
                unnest($ref_ids::bigint[]) as r
        ) as pairs
        where pairs.k = goal_evidence.kind and pairs.r = goal_evidence.ref_id
    )
