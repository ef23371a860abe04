"""Shared fixtures: a real DuckDB fixture file per test, cache clearing, AppTest helpers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from monitor import db
from monitor.access import Viewer

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app.py"
SEED = ROOT / "tests" / "fixtures" / "seed.sql"

# Fixture users (tests/fixtures/seed.sql): login -> user id.
USERS = {
    "ervaringsdeskundige": 1,  # Anouk, peer expert 1
    "ervaringsdeskundige2": 2,  # Bram, peer expert 2
    "coordinator": 3,
    "contractmanager": 4,
    "begeleidingsgroep": 5,
    "gemeente": 6,  # Venlo
    "gemeente_beesel": 7,
}


def build_fixture_db(path: Path) -> None:
    con = db.open_connection(path)
    try:
        con.execute(SEED.read_text(encoding="utf-8"))
        con.execute("checkpoint")
    finally:
        con.close()


@pytest.fixture(scope="session")
def fixture_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "fixture.duckdb"
    build_fixture_db(path)
    return path


def run_sql(
    path: Path, sql: str, params: dict[str, object] | None = None
) -> list[tuple[object, ...]]:
    """Run SQL on a fixture file before the app opens it (e.g. extra rows for one test)."""
    clear_streamlit_caches()  # release the app's cached connection to this file, if any
    con = db.open_connection(path)
    try:
        return con.execute(sql, params).fetchall() if params else _run_script(con, sql)
    finally:
        con.close()


def _run_script(con: object, sql: str) -> list[tuple[object, ...]]:
    result = con.execute(sql)  # type: ignore[attr-defined]
    try:
        return list(result.fetchall())
    except Exception:
        return []


def clear_streamlit_caches() -> None:
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def db_path(
    fixture_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A fresh copy of the fixture database, in use through MONITOR_DB for this test."""
    path = tmp_path / "monitor.duckdb"
    shutil.copyfile(fixture_template, path)
    monkeypatch.setenv("MONITOR_DB", str(path))
    clear_streamlit_caches()
    yield path
    clear_streamlit_caches()


@pytest.fixture
def empty_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A database with migrations and reference data only."""
    path = tmp_path / "empty.duckdb"
    monkeypatch.setenv("MONITOR_DB", str(path))
    clear_streamlit_caches()
    yield path
    clear_streamlit_caches()


def app_as(user: str | None, page: str | None = None) -> AppTest:
    """The app as the given fixture user (see USERS), optionally switched to a page, after a run."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    if user is not None:
        at.session_state["user_id"] = USERS[user]
    at.run()
    if page is not None:
        at.switch_page(page).run()
    return at


def texts(at: AppTest) -> str:
    """All visible text of a run (markdown, captions, titles, alerts), for assertions."""
    parts: list[str] = []
    for kind in (
        "title",
        "header",
        "subheader",
        "markdown",
        "caption",
        "text",
        "info",
        "warning",
        "error",
        "success",
    ):
        parts.extend(str(e.value) for e in getattr(at, kind))
    for m in at.metric:
        parts.append(f"{m.label}: {m.value}")
    return "\n".join(parts)


# AppTests show full error details to the developer; production hides them in the browser
# (.streamlit/config.toml, checked in tests/unit/test_hardening.py).
st.config.set_option("client.showErrorDetails", "full")


def viewer_for(user: str) -> Viewer:
    """The Viewer of a fixture user (see USERS), for calling domain functions directly."""
    from monitor import ui

    found = ui.load_viewer(USERS[user])
    if found is None:
        raise LookupError(user)
    return found
