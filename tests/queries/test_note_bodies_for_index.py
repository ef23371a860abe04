from monitor import db, stories
from tests.conftest import run_sql


def test_note_bodies_for_index_lists_unindexed_then_changed_notes(db_path):
    df = db.read("note_bodies_for_index", limit=100)
    assert df.get_column("id").to_list() == [1, 2, 3, 4, 5, 6]
    assert db.read("note_bodies_for_index", limit=2).get_column("id").to_list() == [1, 2]
    stories.sync_note_index()
    assert db.read("note_bodies_for_index", limit=100).is_empty()
    run_sql(db_path, "update note set body = 'Een nieuwe tekst.' where id = 3")
    assert db.read("note_bodies_for_index", limit=100).select("id", "body").rows() == [
        (3, "Een nieuwe tekst.")
    ]
