from monitor import db


def codes(sub_id):
    cur = db.connection().cursor()
    try:
        rows = cur.execute(
            "select goal_code from sub_assignment_goal where sub_assignment_id = ? order by 1",
            [sub_id],
        ).fetchall()
    finally:
        cur.close()
    return [r[0] for r in rows]


def test_insert_sub_assignment_goals_writes_one_row_per_code(db_path):
    with db.transaction("t") as tx:
        tx.execute("delete_sub_assignment_goals", sub_assignment_id=2)
        tx.execute(
            "insert_sub_assignment_goals", sub_assignment_id=2, codes=["groei_pool", "samenwerking"]
        )
    assert codes(2) == ["groei_pool", "samenwerking"]


def test_insert_sub_assignment_goals_accepts_an_empty_list(db_path):
    before = codes(2)
    db.write("insert_sub_assignment_goals", actor="t", sub_assignment_id=2, codes=[])
    assert codes(2) == before
