from monitor import db


def test_delete_note_source_removes_one_link(db_path):
    assert db.write("delete_note_source", actor="test", collective_note_id=5, source_note_id=4) == [
        (5, 4)
    ]
    assert (
        db.write("delete_note_source", actor="test", collective_note_id=5, source_note_id=4) == []
    )
    df = db.read("collective_notes_for_peer_expert", peer_expert_id=3)
    assert df.get_column("source_ids").to_list() == [[]]
