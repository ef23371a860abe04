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


def test_delete_sub_assignment_goals_removes_only_that_sub_assignment(db_path):
    before_other = codes(3)
    assert codes(2) == []
    db.write("delete_sub_assignment_goals", actor="t", sub_assignment_id=2)
    assert codes(2) == []
    assert codes(3) == before_other
