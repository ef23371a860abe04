from monitor import db


def test_insert_note_source_links_a_wij_verhaal(db_path):
    assert db.write("insert_note_source", actor="test", collective_note_id=5, source_note_id=1) == [
        (5, 1)
    ]
    df = db.read("collective_notes_for_peer_expert", peer_expert_id=3)
    assert df.get_column("source_ids").to_list() == [[1, 4]]
