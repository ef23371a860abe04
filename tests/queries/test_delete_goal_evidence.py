from monitor import db
from tests.conftest import run_sql


def test_delete_goal_evidence_removes_only_the_given_pairs(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('samenwerking', '2025-H2', 'x', 'c'); "
        "insert into goal_evidence values (1, 'note', 5), (1, 'activity', 5), (1, 'signal', 2)",
    )
    db.write("delete_goal_evidence", actor="t", goal_progress_id=1, kinds=["note", "signal"],
             ref_ids=[5, 2])  # fmt: skip
    cur = db.connection().cursor()
    rows = cur.execute("select kind, ref_id from goal_evidence").fetchall()
    cur.close()
    assert rows == [("activity", 5)]
