"""Thin data-access layer: the only module that talks to DuckDB.

One connection per process (held in ``st.cache_resource``), a cursor per call, a process-wide
write lock and a transaction helper that rolls back on ``BaseException`` (Streamlit stops a
script with ``StopException``/``RerunException``, which are not ``Exception``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

import duckdb
import polars as pl
import streamlit as st

import queries
from monitor import migrate

DEFAULT_DB = Path(__file__).resolve().parents[1] / "data" / "monitor.duckdb"
_WRITE_LOCK = threading.RLock()

TransactionError = duckdb.TransactionException
ConstraintError = duckdb.ConstraintException
DatabaseError = duckdb.Error


def db_path() -> str:
    """The database file in use: ``MONITOR_DB`` or ``data/monitor.duckdb``."""
    return os.environ.get("MONITOR_DB") or str(DEFAULT_DB)


def open_connection(path: str | os.PathLike[str]) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) a database file, apply migrations and reference data."""
    con = duckdb.connect(
        str(path),
        config={
            "autoinstall_known_extensions": False,
            "autoload_known_extensions": False,
        },
    )
    con.execute("set TimeZone = 'Europe/Amsterdam'")
    migrate.apply(con)
    return con


@st.cache_resource(show_spinner=False, on_release=lambda con: con.close())
def _cached_connection(path: str) -> duckdb.DuckDBPyConnection:
    return open_connection(path)


def connection() -> duckdb.DuckDBPyConnection:
    """The process-wide connection to the database in use; never use it directly across threads."""
    return _cached_connection(db_path())


@contextmanager
def using(path: str | os.PathLike[str]) -> Iterator[None]:
    """Make ``path`` the database in use for a while, then close its connection again.

    For commands that build a database file (the demo) and then run domain code on it; it
    changes ``MONITOR_DB`` for the whole process, so never use it inside the running app.
    """
    previous = os.environ.get("MONITOR_DB")
    os.environ["MONITOR_DB"] = str(path)
    try:
        yield
    finally:
        _cached_connection.clear(str(path))  # closes it (on_release)
        if previous is None:
            os.environ.pop("MONITOR_DB", None)
        else:
            os.environ["MONITOR_DB"] = previous


def read(name: str, /, **params: Any) -> pl.DataFrame:
    """Run the read query ``queries/<name>.sql`` with named parameters; return a Polars frame."""
    cur = connection().cursor()
    try:
        df = cur.sql(queries.load(name), params=params or None).pl()
    finally:
        cur.close()
    if not isinstance(df, pl.DataFrame):  # .pl() is typed Any
        raise TypeError(name)
    return df


@st.cache_data(show_spinner=False, ttl=600, max_entries=2000)
def _cached_read(path: str, name: str, params_json: str) -> pl.DataFrame:
    return read(name, **_decode_params(params_json))


def cached_read(name: str, /, **params: Any) -> pl.DataFrame:
    """``read`` through ``st.cache_data``; cleared after every successful write."""
    return _cached_read(db_path(), name, _encode_params(params))


def clear_caches() -> None:
    """Drop cached read results so every session sees a write at once."""
    st.cache_data.clear()


class Tx:
    """An open write transaction: run named queries and write audit rows on one cursor."""

    def __init__(self, cur: duckdb.DuckDBPyConnection, actor: str) -> None:
        self.cur = cur
        self.actor = actor

    def execute(self, name: str, /, **params: Any) -> list[tuple[Any, ...]]:
        """Run ``queries/<name>.sql``; return its rows (e.g. from ``returning``)."""
        return self.cur.execute(queries.load(name), params or None).fetchall()

    def one(self, name: str, /, **params: Any) -> tuple[Any, ...] | None:
        rows = self.execute(name, **params)
        return rows[0] if rows else None

    def frame(self, name: str, /, **params: Any) -> pl.DataFrame:
        """A read inside the transaction, seeing its own uncommitted writes."""
        df = self.cur.sql(queries.load(name), params=params or None).pl()
        if not isinstance(df, pl.DataFrame):
            raise TypeError(name)
        return df

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object,
        before: object = None,
        after: object = None,
    ) -> None:
        """Append one row to ``audit_log`` inside this transaction."""
        self.cur.execute(
            queries.load("insert_audit_log"),
            {
                "actor": self.actor,
                "action": action,
                "entity": entity,
                "entity_id": None if entity_id is None else str(entity_id),
                "before_json": to_json(before),
                "after_json": to_json(after),
            },
        )


@contextmanager
def transaction(actor: str) -> Iterator[Tx]:
    """A serialised write transaction; commits on success, rolls back on any exception."""
    with _WRITE_LOCK:
        cur = connection().cursor()
        cur.execute("begin transaction")
        try:
            yield Tx(cur, actor)
            cur.execute("commit")
        except BaseException:
            cur.execute("rollback")
            raise
        finally:
            cur.close()
    clear_caches()


def write(name: str, /, *, actor: str, **params: Any) -> list[tuple[Any, ...]]:
    """Run one write query in its own transaction."""
    with transaction(actor) as tx:
        return tx.execute(name, **params)


def _default(value: object) -> object:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return sorted(value) if isinstance(value, set | frozenset) else list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(value: object) -> str | None:
    """Serialise a row or dict for the audit log; None stays None."""
    if value is None:
        return None
    return json.dumps(value, default=_default, ensure_ascii=False, sort_keys=True)


def _encode_params(params: dict[str, Any]) -> str:
    return json.dumps(
        {k: _tag(v) for k, v in sorted(params.items())}, default=_default, ensure_ascii=False
    )


def _tag(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return {"__dt__": value.isoformat()}
    if isinstance(value, dt.date):
        return {"__date__": value.isoformat()}
    if isinstance(value, Decimal):
        return {"__dec__": str(value)}
    if isinstance(value, list | tuple):
        return [_tag(v) for v in value]
    return value


def _untag(value: Any) -> Any:
    if isinstance(value, dict):
        if "__dt__" in value:
            return dt.datetime.fromisoformat(value["__dt__"])
        if "__date__" in value:
            return dt.date.fromisoformat(value["__date__"])
        if "__dec__" in value:
            return Decimal(value["__dec__"])
    if isinstance(value, list):
        return [_untag(v) for v in value]
    return value


def _decode_params(params_json: str) -> dict[str, Any]:
    return {k: _untag(v) for k, v in json.loads(params_json).items()}
