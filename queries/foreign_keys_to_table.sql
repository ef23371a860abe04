-- Which tables point at a table with a foreign key, from the catalog; used to refuse a delete
-- that another feature's rows still depend on, before anything is removed.
-- Grain: one row per foreign key (referencing table and its first column), by table name.
-- Params: $table varchar (the referenced table).
select
    table_name,
    constraint_column_names[1] as column_name,
from duckdb_constraints()
where constraint_type = 'FOREIGN KEY'
    and referenced_table = $table
    and database_name = current_database()
order by table_name, column_name
