-- 0080: the audit log is append-only. Rows enter only through queries/insert_audit_log.sql;
-- any UPDATE, DELETE or TRUNCATE of audit_log fails and rolls back its transaction.
-- DuckDB 2.0 has AFTER triggers only: the trigger writes into an always-empty guard table a
-- value that raises an error. Triggers are not part of EXPORT DATABASE, so monitor/backup.py
-- re-creates the statements of this file after a restore.

create table audit_log_guard (blocked varchar);

create trigger audit_log_no_update after update on audit_log
for each statement
    insert into audit_log_guard
    select error('Het auditlog kan niet worden gewijzigd: het is alleen aan te vullen.');

create trigger audit_log_no_delete after delete on audit_log
for each statement
    insert into audit_log_guard
    select error('Het auditlog kan niet worden gewijzigd: het is alleen aan te vullen.');
