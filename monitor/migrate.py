"""Numbered SQL migrations, applied at start-up in one transaction each; then reference data."""

from __future__ import annotations

import re
from importlib.resources import files

import duckdb

from monitor import reference

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration, in order."""
    found = []
    for entry in files("monitor.migrations").iterdir():
        m = _NAME.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if len(versions) != len(set(versions)):
        raise RuntimeError(f"duplicate migration numbers: {versions}")
    return found


def applied_versions(con: duckdb.DuckDBPyConnection) -> set[int]:
    con.execute(
        "create table if not exists schema_version ("
        " version integer primary key, name varchar not null,"
        " applied_at timestamptz not null default current_timestamp)"
    )
    return {row[0] for row in con.execute("select version from schema_version").fetchall()}


def apply(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply every migration not yet recorded; return the names applied (empty when current)."""
    done = applied_versions(con)
    applied = []
    for version, name, sql in migration_files():
        if version in done:
            continue
        con.execute("begin transaction")
        try:
            con.execute(sql)
            con.execute(
                "insert into schema_version (version, name) values ($v, $n)",
                {"v": version, "n": name},
            )
            con.execute("commit")
        except BaseException:
            con.execute("rollback")
            raise
        applied.append(name)
    reference.load_if_empty(con)
    return applied
