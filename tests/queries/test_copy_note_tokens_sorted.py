from monitor import db, stories
from tests.conftest import run_sql


def test_copy_note_tokens_sorted_holds_every_row_in_term_order(db_path):
    stories.sync_note_index()
    with db.transaction("test") as tx:
        tx.execute("copy_note_tokens_sorted")
        rows = tx.cur.execute("select * from note_token_sorted").fetchall()
    original = run_sql(db_path, "select * from note_token order by term, note_id")
    assert len(rows) > 40
    assert rows == original  # every column, every row, in term order
