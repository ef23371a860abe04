-- Add one interpretation of an observed trend.
-- Grain: one new row; returns its id.
-- Params: $annotation_id bigint, $body varchar, $author varchar.
insert into trend_interpretation (trend_annotation_id, body, author)
values ($annotation_id, $body, $author)
returning id
