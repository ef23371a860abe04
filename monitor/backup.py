"""Back-up and restore: a consistent export (Parquet files plus schema) and a rebuild from it.

The running app holds the only connection to the database file, so the Beheer button exports
from inside the app: ``checkpoint``, then ``EXPORT DATABASE`` in one transaction (a consistent
snapshot) that also writes the audit row of the back-up, so the back-up contains its own record.
The command line (``python -m monitor backup``) does the same on a file no app holds.

Restore imports the export into a fresh file (``IMPORT DATABASE``: tables, rows, sequences at
their next value, macros and views), re-creates the triggers, which DuckDB does not export,
and then applies any migration newer than the back-up.
"""

from __future__ import annotations

import datetime as dt
import getpass
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import queries
from monitor import db, migrate
from monitor.access import Role, Viewer

MANIFEST = "manifest.json"
FORMAT = "ervaringsmonitor-backup/1"
_COMMENT = re.compile(r"--[^\n]*")


class BackupError(RuntimeError):
    """A back-up or restore that cannot be done; the message is Dutch, for the user."""


@dataclass(frozen=True)
class Backup:
    path: Path
    tables: dict[str, int]

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def _literal(path: Path) -> str:
    """A file path as a SQL string literal (EXPORT/IMPORT DATABASE take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


def _table_counts(cur: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in cur.execute(
            "select table_name from duckdb_tables() "
            "where database_name = current_database() and schema_name = 'main' "
            "order by table_name"
        ).fetchall()
    ]
    return {t: int(cur.execute(f'select count(*) from "{t}"').fetchall()[0][0]) for t in names}


def _audit(cur: Any, actor: str, action: str, entity_id: str, after: object) -> None:
    """The audit row of a back-up or restore, through the one insert of the audit log."""
    cur.execute(
        queries.load("insert_audit_log"),
        {
            "actor": actor,
            "action": action,
            "entity": "database",
            "entity_id": entity_id,
            "before_json": None,
            "after_json": db.to_json(after),
        },
    )


def _timestamp() -> str:
    return dt.datetime.now().astimezone().strftime("%Y%m%d-%H%M%S")


def _export(cur: Any, target: Path, actor: str, source: str) -> Backup:
    """Checkpoint, then audit and export in one transaction on this cursor; write the manifest."""
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"De map {target} bestaat al en is niet leeg; kies een lege map.")
    target.parent.mkdir(parents=True, exist_ok=True)
    cur.execute("checkpoint")
    cur.execute("begin transaction")
    try:
        counts = _table_counts(cur)
        _audit(cur, actor, "backup", target.name, {"source": source, "rows": sum(counts.values())})
        counts["audit_log"] += 1
        cur.execute(f"export database {_literal(target)} (format parquet)")
        cur.execute("commit")
    except BaseException:
        cur.execute("rollback")
        raise
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(target.iterdir())
        if p.is_file()
    }
    manifest = {
        "format": FORMAT,
        "created_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "created_by": actor,
        "source": source,
        "tables": counts,
        "files": files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    return Backup(target, counts)


def backup_root() -> Path:
    """Where the Beheer button writes: ``MONITOR_BACKUP_DIR`` or ``backups/`` beside the file."""
    configured = os.environ.get("MONITOR_BACKUP_DIR")
    return Path(configured) if configured else Path(db.db_path()).resolve().parent / "backups"


def backup_in_app(viewer: Viewer, root: Path | None = None) -> Backup:
    """The Beheer button: a consistent export from inside the running app (contract manager)."""
    viewer.require(Role.CONTRACT_MANAGER)
    target = (root or backup_root()) / f"backup-{_timestamp()}"
    with db._WRITE_LOCK:  # no app write may start between checkpoint and export
        cur = db.connection().cursor()
        try:
            result = _export(cur, target, viewer.login, "app")
        finally:
            cur.close()
    db.clear_caches()
    return result


def backup_file(db_file: Path, out: Path) -> Backup:
    """The command line: export a database file that no running app holds."""
    if not db_file.exists():
        raise BackupError(f"Bestand bestaat niet: {db_file}")
    try:
        con = db.open_connection(db_file)
    except db.DatabaseError as exc:
        if "lock" in str(exc).lower():
            raise BackupError(
                "De database is in gebruik door de draaiende app. Maak de back-up in de app "
                "(Beheer > Back-up) of stop de app eerst."
            ) from None
        raise
    try:
        return _export(con, out, f"cli:{getpass.getuser()}", str(db_file))
    finally:
        con.close()


def read_manifest(source: Path) -> dict[str, Any]:
    path = source / MANIFEST
    if not path.exists() or not (source / "schema.sql").exists():
        raise BackupError(f"{source} is geen back-up van de Ervaringsmonitor (manifest ontbreekt).")
    manifest: dict[str, Any] = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"Onbekend back-upformaat in {source}.")
    for name, digest in manifest.get("files", {}).items():
        file = source / name
        if not file.exists() or hashlib.sha256(file.read_bytes()).hexdigest() != digest:
            raise BackupError(f"Het bestand {name} in de back-up ontbreekt of is beschadigd.")
    return manifest


def trigger_statements() -> list[str]:
    """The ``create trigger`` statements of all migrations (EXPORT DATABASE leaves them out)."""
    found = []
    for _, _, sql in migrate.migration_files():
        for statement in _COMMENT.sub("", sql).split(";"):
            text = statement.strip()
            if text.lower().startswith("create trigger"):
                found.append(text)
    return found


def restore(source: Path, db_file: Path, *, force: bool = False) -> dict[str, int]:
    """Rebuild a database file from a back-up; return its row counts per table."""
    manifest = read_manifest(source)
    if db_file.exists() or Path(f"{db_file}.wal").exists():
        if not force:
            raise BackupError(
                f"{db_file} bestaat al. Herstel naar een nieuw bestand, of gebruik --force."
            )
        db_file.unlink(missing_ok=True)
        Path(f"{db_file}.wal").unlink(missing_ok=True)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    scratch = db.open_connection(":memory:")
    try:
        scratch.execute(f"attach {_literal(db_file)} as restored")
        scratch.execute("use restored")
        scratch.execute(f"import database {_literal(source)}")
        for statement in trigger_statements():
            scratch.execute(statement)
        scratch.execute("checkpoint")
        scratch.execute("use memory")
        scratch.execute("detach restored")
    except BaseException:
        scratch.close()
        db_file.unlink(missing_ok=True)
        Path(f"{db_file}.wal").unlink(missing_ok=True)
        raise
    scratch.close()
    con = db.open_connection(db_file)  # applies migrations newer than the back-up
    try:
        counts = _table_counts(con)
        expected = manifest["tables"]
        short = {t: n for t, n in expected.items() if counts.get(t) != n}
        if short:
            raise BackupError(f"Het herstel is onvolledig: {short}")
        _audit(
            con, f"cli:{getpass.getuser()}", "restore", source.name, {"rows": sum(counts.values())}
        )
        return counts
    finally:
        con.close()
