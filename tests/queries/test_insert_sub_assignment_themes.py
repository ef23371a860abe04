from monitor import db


def codes(sub_id):
    cur = db.connection().cursor()
    try:
        rows = cur.execute(
            "select theme_code from sub_assignment_theme where sub_assignment_id = ? order by 1",
            [sub_id],
        ).fetchall()
    finally:
        cur.close()
    return [r[0] for r in rows]


def test_insert_sub_assignment_themes_writes_one_row_per_code(db_path):
    with db.transaction("t") as tx:
        tx.execute("delete_sub_assignment_themes", sub_assignment_id=1)
        tx.execute("insert_sub_assignment_themes", sub_assignment_id=1, codes=["stigma", "verlies"])
    assert codes(1) == ["stigma", "verlies"]


def test_insert_sub_assignment_themes_accepts_an_empty_list(db_path):
    before = codes(1)
    db.write("insert_sub_assignment_themes", actor="t", sub_assignment_id=1, codes=[])
    assert codes(1) == before
