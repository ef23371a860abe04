"""Hostile input through every write path: refused with nothing written, or stored inert.

Inert means stored byte for byte as text (parameters, never SQL text) and shown escaped.
"""

import datetime as dt
import math
from decimal import Decimal

import pytest

from monitor import admin, importer, registration
from monitor.access import Role, Viewer
from tests.conftest import run_sql

CM = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
PE = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
CO = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
TODAY = dt.date(2026, 1, 1)

HOSTILE_TEXT = [
    "<script>alert('x')</script>",
    "![x](http://evil.test/x.png)",
    "x'); drop table app_user; --",
    "' or 1=1 --",
    "a\x00b",
    "a\x1bb",
    "links\u202erechts",
    "x" * 100_000,
]
WRONG_TYPES = [None, 12, 3.5, ["lijst"], {"a": 1}, b"bytes"]


def snapshot(db_path):
    tables = run_sql(
        db_path,
        "select table_name from duckdb_tables() where database_name = current_database() "
        "and table_name <> 'audit_log' order by table_name",
    )
    return run_sql(
        db_path, " union all ".join(f"select '{t}', count(*) from \"{t}\"" for (t,) in tables)
    )


def refused_or_inert(db_path, write, value, stored_query):
    before = snapshot(db_path)
    try:
        write(value)
    except Exception:
        assert snapshot(db_path) == before
        return "refused"
    assert isinstance(value, str)
    assert run_sql(db_path, stored_query, {"v": value}) == [(1,)], "stored, but not as given"
    assert run_sql(db_path, "select count(*) from app_user")[0][0] >= 7  # tables intact
    return "inert"


@pytest.mark.parametrize("value", HOSTILE_TEXT + WRONG_TYPES, ids=repr)
def test_user_form_refuses_hostile_names_and_logins(db_path, value):
    for field in ("login", "display_name"):
        fields = {"login": "nieuw@pool.test", "display_name": "Nieuw", field: value}
        outcome = refused_or_inert(
            db_path,
            lambda v, f=fields: admin.create_user(CM, role="coordinator", **f),
            value,
            f"select count(*) from app_user where {field} = $v",
        )
        if isinstance(value, str) and any(c in value for c in "<>\x00\x1b\u202e"):
            assert outcome == "refused"
        if isinstance(value, str) and len(value) > 200:
            assert outcome == "refused"


@pytest.mark.parametrize("value", HOSTILE_TEXT + WRONG_TYPES, ids=repr)
def test_theme_and_activity_type_forms_refuse_hostile_labels(db_path, value):
    refused_or_inert(
        db_path,
        lambda v: admin.create_theme(CM, code="nieuw", label=v, facet="thema"),
        value,
        "select count(*) from theme where label = $v",
    )
    refused_or_inert(
        db_path,
        lambda v: admin.create_activity_type(CM, code=v, label="Nieuw", family="direct"),
        value,
        "select count(*) from activity_type where code = $v",
    )


@pytest.mark.parametrize(
    "amount", ["veel", -1, math.nan, math.inf, 10**13, "1,234", Decimal("0.001"), None, True]
)
def test_budget_form_refuses_wrong_amounts(db_path, amount):
    before = snapshot(db_path)
    with pytest.raises(admin.ValidationError):
        admin.set_budget_line(CM, year=2030, line="fte", amount_eur=amount, indicative=False)
    assert snapshot(db_path) == before


@pytest.mark.parametrize(
    "shares",
    [
        {"GM0983": "honderd"},
        {"x'); drop table municipality; --": 100},
        {code: 100 / 14 for code in ["a"] * 14},
    ],
    ids=["words", "sql", "floats"],
)
def test_key_form_refuses_wrong_shares(db_path, shares):
    before = snapshot(db_path)
    with pytest.raises(admin.ValidationError):
        admin.add_key_version(CM, dt.date(2027, 1, 1), shares)
    assert snapshot(db_path) == before


def note(body):
    return registration.NoteInput(
        note_date=dt.date(2025, 4, 1),
        peer_expert_id=1,
        municipality_code=None,
        sub_assignment_id=None,
        level="ik",
        body=body,
        visibility="pool",
    )


@pytest.mark.parametrize("value", HOSTILE_TEXT + WRONG_TYPES, ids=repr)
def test_note_form_refuses_or_stores_hostile_text_inert(db_path, value):
    outcome = refused_or_inert(
        db_path,
        lambda v: registration.save_note(PE, note(v), today=TODAY),
        value,
        "select count(*) from note where body = $v",
    )
    if isinstance(value, str) and len(value) > 20_000:
        assert outcome == "refused"
    if isinstance(value, str) and any(c in value for c in "\x00\x1b\u202e"):
        assert outcome == "refused"  # invisible control characters never reach the notes


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("residents_reached", -1),
        ("residents_reached", "tien"),
        ("residents_reached", 10**12),
        ("hours", 25),
        ("hours", "abc"),
        ("hours", math.nan),
        ("activity_type_code", "x'); drop table activity; --"),
        ("municipality_code", "<script>"),
        ("form", None),
    ],
)
def test_activity_form_refuses_wrong_values(db_path, field, value):
    data = {
        "activity_date": dt.date(2025, 4, 1),
        "peer_expert_id": 1,
        "municipality_code": "GM0983",
        "sub_assignment_id": None,
        "activity_type_code": "inloop",
        "form": "open",
        "theme_codes": ("eenzaamheid",),
        "residents_reached": 3,
        "residents_estimated": False,
        "hours": Decimal("1.5"),
        field: value,
    }
    before = snapshot(db_path)
    with pytest.raises(Exception):  # noqa: B017 - any refusal, as long as nothing is written
        registration.save_activity(PE, registration.ActivityInput(**data), today=TODAY)
    assert snapshot(db_path) == before


HEADER = "bron_id;datum;ervaringsdeskundige;soort;vorm;inwoners;uren\n"


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff\xfe niet te lezen",
        (HEADER + "A1;01-01-2025;<script>alert(1)</script>;Inloop;open;3;2\n").encode(),
        (HEADER + "A1;01-01-2025;Anouk;Inloop;open;veel;2\n").encode(),
        (HEADER + "A1;01-01-2025;Anouk' or 1=1 --;Inloop;open;3;2\n").encode(),
        (HEADER + "A1;31-02-2025;Anouk;Inloop;open;3;2\n").encode(),
        (HEADER + "A1;01-01-2025;Anouk;Inloop;open;3;99\n").encode(),
        (HEADER + "A1;01-01-2025;Anouk;Inloop;open;3;2;x'); drop table activity; --\n").encode(),
        (HEADER + "A1;01-01-2025;Anouk;Inloop;open;3;2\n" * 2).encode(),  # duplicate source id
    ],
    ids=["binary", "script", "words", "sql", "no-date", "hours", "extra-column", "duplicate"],
)
def test_import_refuses_bad_files_and_writes_nothing(db_path, content):
    before = snapshot(db_path)
    with pytest.raises(importer.ValidationError):
        importer.import_file(CO, content, "planning.csv", today=TODAY)
    assert snapshot(db_path) == before
