from monitor import db
from tests.conftest import run_sql


def test_delete_goal_evidence_for_removes_only_that_item(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) "
        "select code, '2025-H1', 'x', 'seed' from development_goal order by sort_order limit 1; "
        "insert into goal_evidence values (1, 'note', 3), (1, 'activity', 3), (1, 'note', 4)",
    )
    with db.transaction("tester") as tx:
        assert tx.execute("delete_goal_evidence_for", kind="note", ref_id=3) == [(1,)]
    cur = db.connection().cursor()
    left = cur.execute("select kind, ref_id from goal_evidence order by all").fetchall()
    cur.close()
    assert left == [("activity", 3), ("note", 4)]
