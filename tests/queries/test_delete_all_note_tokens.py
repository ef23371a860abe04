from monitor import db, stories
from tests.conftest import run_sql


def test_delete_all_note_tokens_empties_the_index_and_nothing_else(db_path):
    stories.sync_note_index()
    states = run_sql(db_path, "select count(*) from note_token_state")
    db.write("delete_all_note_tokens", actor="test")
    assert run_sql(db_path, "select count(*) from note_token") == [(0,)]
    assert run_sql(db_path, "select count(*) from note_token_state") == states
    assert run_sql(db_path, "select count(*) from note") == [(6,)]
