from monitor import db
from tests.conftest import run_sql


def test_insert_goal_evidence_pairs_kinds_and_ids_by_position(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('samenwerking', '2025-H2', 'x', 'c')",
    )
    db.write("insert_goal_evidence", actor="t", goal_progress_id=1, kinds=["note", "activity"],
             ref_ids=[6, 8])  # fmt: skip
    cur = db.connection().cursor()
    rows = cur.execute("select kind, ref_id from goal_evidence order by kind").fetchall()
    cur.close()
    assert rows == [("activity", 8), ("note", 6)]
