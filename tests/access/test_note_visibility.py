"""Nobody reads notes that are not theirs to read, on any page (generated from the registry).

Two fresh notes dated today, with unmistakable text: a quotable note about Venlo, and a note
Anouk keeps to herself. Every page a Beesel delegate may open must not show the Venlo note;
every page Bram (another peer expert) may open must not show Anouk's own note. Positive
controls show the markers do appear where they may.
"""

import datetime as dt

import pytest

from monitor import navigation
from monitor.access import Role
from tests.conftest import app_as, run_sql

VENLO = "MarkeertekstVenloCiteerbaar"  # no markdown specials: escaping keeps it whole
OWN = "MarkeertekstAnoukEigen"


def everything(at) -> str:
    parts = [
        str(getattr(e, "value", ""))
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
            "expander",
        )
        for e in getattr(at, kind)
    ]
    for df in at.dataframe:
        parts.append(df.value.to_string() if hasattr(df.value, "to_string") else str(df.value))
    for e in at.get("code"):
        parts.append(str(e.value))
    return "\n".join(parts)


@pytest.fixture
def marked_db(db_path):
    today = dt.date.today().isoformat()
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body, visibility, "
        f"created_by) values ('{today}', 2, 'GM0983', 'ik', '{VENLO}', 'citeerbaar', 'test'), "
        f"('{today}', 1, null, 'ik', '{OWN}', 'eigen', 'test')",
    )
    return db_path


def pages_for(role):
    return [p.file for p in navigation.PAGES if role in p.roles]


@pytest.mark.parametrize("page", pages_for(Role.MUNICIPALITY))
def test_a_delegate_never_reads_another_municipalitys_notes(marked_db, page):
    at = app_as("gemeente_beesel", page)
    assert not at.exception
    shown = everything(at)
    assert VENLO not in shown
    assert OWN not in shown


@pytest.mark.parametrize("page", pages_for(Role.PEER_EXPERT))
def test_a_peer_expert_never_reads_another_peer_experts_own_notes(marked_db, page):
    at = app_as("ervaringsdeskundige2", page)
    assert not at.exception
    assert OWN not in everything(at)


def test_the_markers_do_show_where_they_may(marked_db):
    venlo = app_as("gemeente", "pages/overview.py")
    assert VENLO in everything(venlo)
    anouk = app_as("ervaringsdeskundige", "pages/overview.py")
    assert OWN in everything(anouk)
