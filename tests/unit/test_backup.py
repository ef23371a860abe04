"""Back-up and restore: a round trip gives identical data, triggers and sequences included."""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from monitor import backup, db
from tests.conftest import ROOT, run_sql


def all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    con = db.open_connection(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where database_name = current_database() "
                "order by table_name"
            ).fetchall()
        ]
        return {t: con.execute(f'select * from "{t}" order by all').fetchall() for t in tables}
    finally:
        con.close()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "monitor", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_round_trip_through_the_command_line_gives_identical_data(db_path, tmp_path):
    run_sql(
        db_path,
        "insert into audit_log (actor, action, entity, entity_id, before_json, after_json) "
        "values ('x@pool.test', 'update', 'note', '1', '{\"a\": 1}', '{\"a\": 2}')",
    )
    out = tmp_path / "export"
    done = cli("backup", "--db", str(db_path), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Back-up klaar" in done.stdout
    assert {"schema.sql", "load.sql", "manifest.json", "note.parquet"} <= {
        p.name for p in out.iterdir()
    }
    restored = tmp_path / "restored.duckdb"
    done = cli("restore", "--from", str(out), "--db", str(restored))
    assert done.returncode == 0, done.stderr

    before, after = all_rows(db_path), all_rows(restored)
    assert set(before) == set(after)
    for table in before:
        if table == "audit_log":
            continue
        assert after[table] == before[table], table
    # The audit log: every row of the original (incl. the back-up's own record), plus the
    # record of the restore itself.
    assert [r[3] for r in before["audit_log"]] == ["update", "backup"]
    assert [r for r in after["audit_log"] if r[3] != "restore"] == before["audit_log"]
    assert len([r for r in after["audit_log"] if r[3] == "restore"]) == 1


def test_a_restored_database_keeps_sequences_macros_and_the_audit_trigger(db_path, tmp_path):
    out = tmp_path / "export"
    backup.backup_file(db_path, out)
    restored = tmp_path / "restored.duckdb"
    backup.restore(out, restored)
    con = db.open_connection(restored)
    try:
        new_id = con.execute(
            "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
            "values ('2026-01-01', 1, 'ik', 'Na herstel', 'pool', 't') returning id"
        ).fetchall()
        assert new_id == [(7,)]  # the fixture has notes 1..6: the sequence continues
        visible = con.execute(
            "select count(*) from note where note_visible(visibility, peer_expert_id, "
            "municipality_code, 'gemeente', null, 'GM0889')"
        ).fetchall()
        assert visible == [(2,)]  # notes 5 (Beesel) and 6 (regio), both quotable
        triggers = {
            r[0] for r in con.execute("select trigger_name from duckdb_triggers()").fetchall()
        }
        assert {"audit_log_no_update", "audit_log_no_delete"} <= triggers
        with pytest.raises(db.DatabaseError, match="auditlog"):
            con.execute("delete from audit_log")
    finally:
        con.close()


def test_restore_refuses_an_existing_file_and_a_damaged_export(db_path, tmp_path):
    out = tmp_path / "export"
    backup.backup_file(db_path, out)
    with pytest.raises(backup.BackupError, match="bestaat al"):
        backup.restore(out, db_path)
    damaged = tmp_path / "damaged"
    shutil.copytree(out, damaged)
    (damaged / "note.parquet").write_bytes(b"kapot")
    with pytest.raises(backup.BackupError, match="beschadigd"):
        backup.restore(damaged, tmp_path / "x.duckdb")
    assert not (tmp_path / "x.duckdb").exists()


def test_backup_refuses_a_folder_that_is_not_empty(db_path, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "iets.txt").write_text("x")
    with pytest.raises(backup.BackupError, match="niet leeg"):
        backup.backup_file(db_path, tmp_path / "full")


def test_the_manifest_counts_every_table(db_path, tmp_path):
    made = backup.backup_file(db_path, tmp_path / "export")
    manifest = json.loads((made.path / "manifest.json").read_text())
    assert manifest["tables"]["note"] == 6
    assert manifest["tables"]["audit_log"] == 1  # the back-up's own record
    assert all(re.fullmatch(r"[0-9a-f]{64}", h) for h in manifest["files"].values())


def test_the_command_line_backup_explains_when_the_app_holds_the_file(db_path, tmp_path):
    holder = db.open_connection(db_path)  # stands in for the running app in another process
    try:
        done = cli("backup", "--db", str(db_path), "--out", str(tmp_path / "export"))
    finally:
        holder.close()
    assert done.returncode == 2
    assert "in gebruik door de draaiende app" in done.stderr


def test_backup_in_app_requires_the_contract_manager(db_path, tmp_path):
    from monitor.access import AccessDenied, Role, Viewer

    for role in Role:
        viewer = Viewer(1, "x@test", "X", role, peer_expert_id=1, municipality_code="GM0983")
        if role is Role.CONTRACT_MANAGER:
            made = backup.backup_in_app(viewer, tmp_path)
            assert made.tables["note"] == 6
        else:
            with pytest.raises(AccessDenied):
                backup.backup_in_app(viewer, tmp_path / str(role))
            assert not (tmp_path / str(role)).exists()
