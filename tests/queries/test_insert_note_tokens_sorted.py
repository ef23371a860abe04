from monitor import db, stories
from tests.conftest import run_sql


def test_insert_note_tokens_sorted_writes_the_copy_back_in_term_order(db_path):
    stories.sync_note_index()
    before = run_sql(db_path, "select * from note_token order by term, note_id")
    with db.transaction("test") as tx:
        tx.execute("copy_note_tokens_sorted")
        tx.execute("delete_all_note_tokens")
        tx.execute("insert_note_tokens_sorted")
    # Same rows, and in storage order (rowid) they now run by term.
    assert run_sql(db_path, "select * from note_token order by rowid") == before
