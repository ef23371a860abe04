-- Change a sub-assignment, only when nobody changed it since it was read ($version).
-- Grain: one updated row, or none when the version moved on; returns the row count.
-- Params: $id bigint; $version integer (as read); $title, $description, $goals,
--   $monitoring_method, $frequency, $accountability, $signs, $status varchar;
--   $start_date date; $end_date date or null.
-- The scope (municipality_code) is fixed: DuckDB 2.0 cannot update a foreign-key column of a
-- row that other rows point at, and it cannot use "returning" on such a row either.
update sub_assignment
set
    title = $title,
    description = $description,
    goals = $goals,
    monitoring_method = $monitoring_method,
    frequency = $frequency,
    accountability = $accountability,
    signs = $signs,
    start_date = $start_date,
    end_date = $end_date,
    status = $status,
    version = version + 1,
    updated_at = current_timestamp
where id = $id and version = $version
