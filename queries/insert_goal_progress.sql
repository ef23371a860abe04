-- Write the progress narrative of a development goal for a half-year (first time).
-- Grain: one inserted row; returns its id.
-- Params: $goal_code, $period, $narrative, $written_by varchar.
insert into goal_progress (goal_code, period, narrative, written_by)
values ($goal_code, $period, $narrative, $written_by)
returning id
