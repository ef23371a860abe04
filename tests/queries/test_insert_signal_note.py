from monitor import db


def test_insert_signal_note_links_a_note_to_a_signal(db_path):
    with db.transaction("tester") as tx:
        tx.execute("insert_signal_note", signal_id=2, note_id=4)
    cur = db.connection().cursor()
    rows = cur.execute("select note_id from signal_note where signal_id = 2 order by 1").fetchall()
    cur.close()
    assert rows == [(4,), (5,)]
