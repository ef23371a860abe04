import datetime as dt
import json

import polars as pl
import pytest

from monitor import db, stories
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError
from tests.conftest import run_sql

ANOUK = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
BRAM = Viewer(2, "bram@pool.test", "Bram", Role.PEER_EXPERT, peer_expert_id=2)
COORDINATOR = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
ALL = (dt.date(2024, 1, 1), dt.date(2027, 1, 1))


def found(viewer, query):
    params = stories.feed_params(viewer, *ALL, terms=stories.search_terms(query))
    return db.read("notes_for_viewer", **params).get_column("id").to_list()


def add_wij_note(db_path, author=1):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        f"values ('2025-11-01', {author}, 'wij', 'Samen zien we dat de inloop werkt.', "
        "'citeerbaar', 'test')",
    )
    return 7


def test_sync_note_index_indexes_new_changed_and_removed_notes(db_path):
    assert stories.sync_note_index(batch=4) == 6
    assert stories.sync_note_index() == 0
    assert found(COORDINATOR, "gesprek") == [1]
    run_sql(
        db_path,
        "update note set body = 'Geen gesprek meer, alleen een wandeling.' where id = 1;"
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-11-01', 2, 'ik', 'Een gesprek op de markt.', 'pool', 'test')",
    )
    assert stories.sync_note_index() == 2
    assert found(COORDINATOR, "gesprekken") == [7, 1]
    assert found(COORDINATOR, "schuldhulp") == []
    run_sql(db_path, "delete from note where id = 7")
    stories.sync_note_index()
    assert run_sql(db_path, "select count(*) from note_token where note_id = 7") == [(0,)]
    assert run_sql(db_path, "select count(*) from note_token_state where note_id = 7") == [(0,)]


def test_link_sources_links_a_wij_verhaal_and_audits(db_path):
    wij = add_wij_note(db_path)
    assert stories.link_sources(ANOUK, wij, [1, 2, 4]) is True
    assert run_sql(
        db_path,
        f"select source_note_id from note_source where collective_note_id = {wij} order by 1",
    ) == [(1,), (2,), (4,)]
    assert stories.link_sources(ANOUK, wij, [1, 4]) is True
    assert stories.link_sources(ANOUK, wij, [4, 1]) is False
    audits = run_sql(
        db_path,
        "select actor, action, entity, entity_id, before_json, after_json from audit_log "
        "where entity = 'note_source' order by id",
    )
    assert [(a[0], a[1], a[2], a[3]) for a in audits] == [
        ("anouk@pool.test", "update", "note_source", "7"),
        ("anouk@pool.test", "update", "note_source", "7"),
    ]
    assert json.loads(audits[1][4]) == {"source_note_ids": [1, 2, 4]}
    assert json.loads(audits[1][5]) == {"source_note_ids": [1, 4]}


def test_link_sources_refuses_and_writes_nothing(db_path):
    wij = add_wij_note(db_path)
    before = run_sql(db_path, "select count(*) from note_source")
    # Bram cannot read Anouk's own note 2, nor link Anouk's or Chantal's wij-verhalen.
    with pytest.raises(AccessDenied):
        stories.link_sources(BRAM, wij, [1])
    with pytest.raises(AccessDenied):
        stories.link_sources(BRAM, 5, [1])
    with pytest.raises(AccessDenied):
        stories.link_sources(COORDINATOR, wij, [1])
    with pytest.raises(ValidationError, match="ten minste één"):
        stories.link_sources(ANOUK, wij, [])
    with pytest.raises(ValidationError, match="zichzelf"):
        stories.link_sources(ANOUK, wij, [wij, 1])
    with pytest.raises(ValidationError, match="99"):
        stories.link_sources(ANOUK, wij, [1, 99])
    # Anouk may not lean on a note of Bram that she cannot read.
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-11-02', 2, 'ik', 'Prive van Bram.', 'eigen', 'test')",
    )
    with pytest.raises(ValidationError, match="8"):
        stories.link_sources(ANOUK, wij, [8])
    assert run_sql(db_path, "select count(*) from note_source") == before
    assert run_sql(db_path, "select count(*) from audit_log where entity = 'note_source'") == [(0,)]


def test_collective_notes_of_a_peer_expert(db_path):
    add_wij_note(db_path)
    assert stories.collective_notes(ANOUK).get_column("id").to_list() == [7]
    assert stories.collective_notes(COORDINATOR).is_empty()


def test_feed_params_rejects_unknown_filters():
    with pytest.raises(TypeError):
        stories.feed_params(COORDINATOR, *ALL, colour="rood")


def test_group_notes_by_list_and_plain_columns():
    notes = pl.DataFrame(
        {
            "id": [3, 2, 1],
            "themes": [["Stigma"], [], ["Armoede", "Stigma"]],
            "municipality_name": ["Regio", "Venlo", "Venlo"],
        }
    )
    by_theme = [
        (g, df.get_column("id").to_list()) for g, df in stories.group_notes(notes, "themes")
    ]
    assert by_theme == [("Stigma", [3, 1]), ("Zonder", [2]), ("Armoede", [1])]
    by_place = stories.group_notes(notes, "municipality_name")
    assert [(g, df.get_column("id").to_list()) for g, df in by_place] == [
        ("Regio", [3]),
        ("Venlo", [2, 1]),
    ]
    assert stories.group_notes(notes.head(0), "themes") == []


def test_theme_share_changes_orders_by_largest_shift():
    shares = pl.DataFrame(
        {
            "theme_code": ["a", "b"],
            "theme_label": ["A", "B"],
            "notes_a": [1, 2],
            "notes_b": [1, 0],
            "signals_a": [0, 0],
            "signals_b": [1, 0],
            "notes_total_a": [4, 4],
            "notes_total_b": [2, 2],
            "signals_total_a": [0, 0],
            "signals_total_b": [1, 1],
        }
    )
    out = stories.theme_share_changes(shares)
    assert out.select("theme_code", "note_share_a", "note_share_b", "note_change").rows() == [
        ("a", 25.0, 50.0, -25.0),
        ("b", 50.0, 0.0, 50.0),
    ]
    # Theme a: signal share fell from 100% to 0% (no signals at all in a).
    assert out.get_column("signal_change").to_list() == [-100.0, 0.0]
    assert out.get_column("change").to_list() == [100.0, 50.0]


def test_a_large_sync_leaves_the_index_clustered_by_term(db_path, monkeypatch):
    stored = "select term from note_token order by rowid"
    found = "select distinct note_id from note_token where term = 'groep' order by 1"
    monkeypatch.setattr(stories, "CLUSTER_AFTER", 10_000)
    stories.sync_note_index()
    in_note_order = [t for (t,) in run_sql(db_path, stored)]
    before = run_sql(db_path, found)
    assert in_note_order != sorted(in_note_order)  # small syncs append in note order
    assert before
    run_sql(db_path, "delete from note_token; delete from note_token_state")
    monkeypatch.setattr(stories, "CLUSTER_AFTER", 6)
    assert stories.sync_note_index() == 6
    assert [t for (t,) in run_sql(db_path, stored)] == sorted(in_note_order)
    assert run_sql(db_path, found) == before
