from monitor import db, stories
from tests.conftest import run_sql


def test_delete_note_tokens_removes_only_the_given_notes(db_path):
    stories.sync_note_index()
    db.write("delete_note_tokens", actor="test", note_ids=[1, 2, 3, 4, 5])
    assert run_sql(db_path, "select distinct note_id from note_token") == [(6,)]
