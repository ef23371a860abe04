from monitor import db


def test_insert_note_themes_adds_one_row_per_code(db_path):
    with db.transaction("tester") as tx:
        tx.execute("insert_note_themes", note_id=2, theme_codes=["stigma", "verlies"])
        tx.execute("insert_note_themes", note_id=3, theme_codes=[])
    cur = db.connection().cursor()
    rows = cur.execute(
        "select note_id, theme_code from note_theme where note_id in (2, 3) order by all"
    ).fetchall()
    cur.close()
    assert [r for r in rows if r[0] == 2] == [(2, c) for c in ["stigma", "verlies"]]
