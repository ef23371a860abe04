from monitor import db


def test_delete_note_deletes_only_at_the_seen_version(db_path):
    with db.transaction("tester") as tx:
        tx.execute("delete_note_themes", note_id=6)
        tx.execute("delete_note_added_values", note_id=6)
    with db.transaction("tester") as tx:
        assert tx.execute("delete_note", id=6, seen_version=2) == []
        assert tx.execute("delete_note", id=6, seen_version=1) == [(6,)]
    cur = db.connection().cursor()
    assert cur.execute("select count(*) from note where id = 6").fetchall() == [(0,)]
    cur.close()
