from monitor import db, stories


def test_delete_note_token_states_makes_notes_stale_again(db_path):
    stories.sync_note_index()
    db.write("delete_note_token_states", actor="test", note_ids=[2, 5])
    assert db.read("note_bodies_for_index", limit=10).get_column("id").to_list() == [2, 5]
