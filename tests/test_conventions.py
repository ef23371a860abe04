"""Registries are complete: every query and page has its test, and layers stay apart."""

import re
from pathlib import Path

import pytest

import queries
from monitor import navigation

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("name", queries.names())
def test_every_query_has_a_test_module(name):
    assert (ROOT / "tests" / "queries" / f"test_{name}.py").exists()


@pytest.mark.parametrize("name", queries.names())
def test_every_query_starts_with_a_header_comment_naming_its_grain(name):
    text = queries.load(name)
    assert text.startswith("-- ")
    assert "Grain:" in text


@pytest.mark.parametrize("spec", [*navigation.PAGES, navigation.LOGIN_PAGE], ids=lambda s: s.file)
def test_every_registered_page_exists_and_has_an_apptest_module(spec):
    assert (ROOT / spec.file).exists()
    stem = Path(spec.file).stem
    assert (ROOT / "tests" / "pages" / f"test_{stem}.py").exists()


def test_every_page_file_is_registered():
    registered = {p.file for p in navigation.PAGES} | {navigation.LOGIN_PAGE.file}
    files = {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert files == registered


def test_url_paths_are_unique():
    paths = [p.url_path for p in navigation.PAGES]
    assert len(paths) == len(set(paths))


def test_only_the_access_layer_imports_duckdb():
    allowed = {"monitor/db.py", "monitor/migrate.py"}
    offenders = []
    for path in [*ROOT.glob("*.py"), *ROOT.glob("monitor/**/*.py"), *ROOT.glob("pages/*.py")]:
        rel = path.relative_to(ROOT).as_posix()
        if rel in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"^\s*(import duckdb|from duckdb)", text, re.MULTILINE):
            offenders.append(rel)
    assert offenders == []


def test_pages_contain_no_sql():
    pattern = re.compile(
        r"\b(select|insert into|update \w+ set|delete from)\b .*\b(from|values|where)\b", re.I
    )
    offenders = [
        p.name
        for p in (ROOT / "pages").glob("*.py")
        if pattern.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_monitor_modules_do_not_import_streamlit_except_ui_and_db():
    allowed = {"db.py", "ui.py"}
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in ROOT.glob("monitor/**/*.py")
        if p.name not in allowed
        and not p.name.startswith("ui_")
        and re.search(r"^\s*(import streamlit|from streamlit)", p.read_text(encoding="utf-8"), re.M)
    ]
    assert offenders == []
