from monitor import db


def test_insert_signal_themes_adds_one_row_per_code(db_path):
    with db.transaction("tester") as tx:
        tx.execute("insert_signal_themes", signal_id=2, theme_codes=["eenzaamheid", "verlies"])
    cur = db.connection().cursor()
    rows = cur.execute(
        "select theme_code from signal_theme where signal_id = 2 order by 1"
    ).fetchall()
    cur.close()
    assert rows == [("eenzaamheid",), ("stigma",), ("verlies",)]
