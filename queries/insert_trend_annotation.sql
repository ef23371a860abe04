-- Record an observed trend (an interpretation is added separately).
-- Grain: one new row; returns its id.
-- Params: $context varchar, $period varchar, $subject varchar, $observation varchar,
--   $created_by varchar.
insert into trend_annotation (context, period, subject, observation, created_by)
values ($context, $period, $subject, $observation, $created_by)
returning id
