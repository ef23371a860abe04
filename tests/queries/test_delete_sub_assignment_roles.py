from monitor import db


def codes(sub_id):
    cur = db.connection().cursor()
    try:
        rows = cur.execute(
            "select activity_type_code from sub_assignment_role where sub_assignment_id = ? order by 1",
            [sub_id],
        ).fetchall()
    finally:
        cur.close()
    return [r[0] for r in rows]


def test_delete_sub_assignment_roles_removes_only_that_sub_assignment(db_path):
    before_other = codes(3)
    assert codes(1) == ["inloop"]
    db.write("delete_sub_assignment_roles", actor="t", sub_assignment_id=1)
    assert codes(1) == []
    assert codes(3) == before_other
