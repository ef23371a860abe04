from monitor import db
from tests.conftest import run_sql


def test_update_goal_progress_rewrites_a_narrative_with_evidence(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('samenwerking', '2025-H2', 'Oud', 'coordinator@pool.test'); "
        "insert into goal_evidence values (1, 'note', 5)",
    )
    rows = db.write(
        "update_goal_progress", actor="t", id=1, narrative="Nieuw",
        written_by="contractmanager@mgr.test",
    )  # fmt: skip
    assert rows == [(1,)]
    row = db.read("goal_progress_for_period", period="2025-H2").row(1, named=True)
    assert (row["narrative"], row["written_by"], row["evidence"]) == (
        "Nieuw", "Maarten (contractmanager)", 1
    )  # fmt: skip
