from monitor import db
from tests.conftest import run_sql


def read(peer_expert_id, login, role, viewer_peer_expert=None, limit=50):
    return db.read(
        "notes_for_peer_expert",
        peer_expert_id=peer_expert_id,
        login=login,
        limit=limit,
        viewer_role=role,
        viewer_peer_expert_id=viewer_peer_expert,
        viewer_municipality=None,
    )


def test_notes_for_peer_expert_are_own_newest_first_with_themes_tags_and_signal(db_path):
    df = read(1, "anouk@pool.test", "ervaringsdeskundige", 1)
    assert df["id"].to_list() == [2, 1]
    first = df.row(1, named=True)
    assert first["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    assert first["tag_codes"] == ["laagdrempelig", "vertrouwen"]
    assert first["has_signal"] is True
    assert first["municipality_name"] == "Venlo"
    assert df.row(0, named=True)["has_signal"] is False


def test_notes_for_peer_expert_respect_note_visibility(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) values "
        "('2025-04-01', 2, 'ik', 'Namens Bram', 'eigen', 'coordinator@pool.test'), "
        "('2025-04-02', 2, 'ik', 'Ook namens Bram', 'pool', 'coordinator@pool.test')",
    )
    # The coördinator wrote both, but may not read an 'eigen' note.
    assert read(None, "coordinator@pool.test", "coordinator")["id"].to_list() == [8]
    assert read(2, "bram@pool.test", "ervaringsdeskundige", 2)["id"].to_list() == [6, 8, 7, 3]
    assert read(2, "bram@pool.test", "ervaringsdeskundige", 2, limit=2)["id"].to_list() == [6, 8]
