from monitor import db
from tests.conftest import run_sql


def test_insert_note_token_states_records_body_hashes(db_path):
    db.write("insert_note_token_states", actor="test", note_ids=[1, 2], body_hashes=[11, 22])
    assert run_sql(db_path, "select note_id, body_hash from note_token_state order by 1") == [
        (1, 11),
        (2, 22),
    ]
    # A wrong hash makes the note stale again.
    assert db.read("note_bodies_for_index", limit=10).get_column("id").to_list() == [
        1,
        2,
        3,
        4,
        5,
        6,
    ]
