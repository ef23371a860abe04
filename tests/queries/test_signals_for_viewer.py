import datetime as dt

from monitor import db
from tests.conftest import run_sql

TODAY = dt.date(2025, 10, 1)


def signals(role, peer_expert=None, municipality=None, status=None):
    return db.read(
        "signals_for_viewer",
        status=status,
        today=TODAY,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def test_signals_for_viewer_with_context(db_path):
    df = signals("contractmanager")
    assert df.select(
        "id", "raised_by_name", "signal_type", "municipality_name", "status", "themes"
    ).rows() == [
        (2, "Chantal", "knelpunt_beleid", "Beesel", "nieuw", ["Stigma en schaamte"]),
        (1, "Anouk", "aanbod_gemist", "Venlo", "beantwoord", ["Armoede en schulden"]),
    ]
    first = df.row(1, named=True)
    assert first["response"] == "De gemeente onderzoekt een avondinloop in 2026."
    assert first["contract_talk_title"] == "Contractgesprek najaar 2025"
    assert first["contract_talk_date"] == dt.date(2025, 10, 1)
    assert first["fed_back"] is False
    assert df.get_column("age_days").to_list() == [18, 232]
    assert df.get_column("version").to_list() == [1, 1]


def test_signals_for_viewer_supporting_notes_respect_visibility(db_path):
    df = signals("contractmanager")
    assert df.select("id", "supporting_note_ids", "hidden_note_count").rows() == [
        (2, [5], 0),
        (1, [1], 0),
    ]
    run_sql(db_path, "insert into signal_note values (1, 2)")  # Anouk's own note
    df = signals("contractmanager")
    assert df.select("id", "supporting_note_ids", "hidden_note_count").rows() == [
        (2, [5], 0),
        (1, [1], 1),
    ]
    own = signals("ervaringsdeskundige", peer_expert=1)
    assert own.select("id", "supporting_note_ids", "hidden_note_count").rows() == [(1, [1, 2], 0)]


def test_signals_for_viewer_scope_per_role(db_path):
    assert signals("coordinator").get_column("id").to_list() == [2, 1]
    assert signals("begeleidingsgroep").get_column("id").to_list() == [2, 1]
    assert signals("ervaringsdeskundige", peer_expert=1).get_column("id").to_list() == [1]
    assert signals("ervaringsdeskundige", peer_expert=2).get_column("id").to_list() == []
    assert signals("gemeente", municipality="GM0983").get_column("id").to_list() == [1]
    assert signals("gemeente", municipality="GM0889").get_column("id").to_list() == [2]
    assert signals("onbekend").is_empty()


def test_signals_for_viewer_status_filter_and_latest_discussion(db_path):
    assert signals("coordinator", status="nieuw").get_column("id").to_list() == [2]
    run_sql(
        db_path,
        "insert into contract_talk (talk_date, title, recorded_by) values "
        "('2026-03-01', 'Voorjaarsgesprek 2026', 'test');"
        "insert into signal_discussion (signal_id, contract_talk_id, recorded_by) values "
        "(1, 2, 'test'), (2, 1, 'test')",
    )
    df = signals("coordinator")
    assert df.select("id", "contract_talk_id", "contract_talk_title").rows() == [
        (2, 1, "Contractgesprek najaar 2025"),
        (1, 2, "Voorjaarsgesprek 2026"),
    ]
