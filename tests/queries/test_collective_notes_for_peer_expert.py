from monitor import db
from tests.conftest import run_sql


def test_collective_notes_for_peer_expert_lists_own_wij_notes_with_sources(db_path):
    df = db.read("collective_notes_for_peer_expert", peer_expert_id=3)
    assert df.select("id", "visibility", "source_ids").rows() == [(5, "citeerbaar", [4])]


def test_collective_notes_for_peer_expert_without_sources_and_for_others(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-11-01', 1, 'wij', 'Samen zien we dat de inloop werkt.', 'pool', 'test')",
    )
    assert db.read("collective_notes_for_peer_expert", peer_expert_id=1).select(
        "id", "source_ids"
    ).rows() == [(7, [])]
    assert db.read("collective_notes_for_peer_expert", peer_expert_id=2).is_empty()
