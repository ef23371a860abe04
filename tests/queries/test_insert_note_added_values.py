from monitor import db


def test_insert_note_added_values_adds_one_row_per_code(db_path):
    with db.transaction("tester") as tx:
        tx.execute("insert_note_added_values", note_id=2, tag_codes=["hoop", "reflectie"])
        tx.execute("insert_note_added_values", note_id=3, tag_codes=[])
    cur = db.connection().cursor()
    rows = cur.execute(
        "select note_id, tag_code from note_added_value where note_id in (2, 3) order by all"
    ).fetchall()
    cur.close()
    assert [r for r in rows if r[0] == 2] == [(2, c) for c in ["hoop", "reflectie"]]
