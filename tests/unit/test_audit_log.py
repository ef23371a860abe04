"""The audit log is append-only: the database refuses edits, and no code path edits it."""

import re

import pytest

import queries
from monitor import db
from tests.conftest import ROOT, run_sql


def test_the_database_refuses_to_update_or_delete_audit_rows(db_path):
    with db.transaction("t@pool.test") as tx:
        tx.audit("create", "note", 1, None, {"body": "x"})
    for statement in (
        "update audit_log set actor = 'iemand anders'",
        "delete from audit_log",
        "truncate audit_log",
    ):
        with pytest.raises(db.DatabaseError, match="auditlog kan niet worden gewijzigd"):
            run_sql(db_path, statement)
    assert run_sql(db_path, "select actor from audit_log") == [("t@pool.test",)]


def test_a_refused_edit_rolls_back_the_whole_transaction(db_path):
    with db.transaction("t@pool.test") as tx:
        tx.audit("create", "note", 1)

    def tamper() -> None:
        with db.transaction("t@pool.test") as tx:
            tx.cur.execute("insert into app_setting values ('x', 'y')")
            tx.cur.execute("delete from audit_log")

    with pytest.raises(db.DatabaseError):
        tamper()
    assert run_sql(db_path, "select count(*) from app_setting where key = 'x'") == [(0,)]


def test_only_insert_audit_log_writes_the_audit_log():
    writes = re.compile(r"\b(insert\s+into|update|delete\s+from|truncate)\s+audit_log\b", re.I)
    offenders = [name for name in queries.names() if writes.search(queries.load(name))]
    assert offenders == ["insert_audit_log"]
    code = [
        p.relative_to(ROOT).as_posix()
        for p in [*ROOT.glob("monitor/**/*.py"), *ROOT.glob("pages/*.py"), ROOT / "app.py"]
        if writes.search(p.read_text(encoding="utf-8"))
    ]
    assert code == []
