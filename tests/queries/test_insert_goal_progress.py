from monitor import db


def test_insert_goal_progress_one_per_goal_and_half_year(db_path):
    rows = db.write(
        "insert_goal_progress", actor="t", goal_code="groei_pool", period="2025-H2",
        narrative="Drie nieuwe ervaringsdeskundigen.", written_by="coordinator@pool.test",
    )  # fmt: skip
    assert rows == [(1,)]
    row = db.read("goal_progress_for_period", period="2025-H2").row(3, named=True)
    assert (row["progress_id"], row["narrative"]) == (1, "Drie nieuwe ervaringsdeskundigen.")
    try:
        db.write(
            "insert_goal_progress", actor="t", goal_code="groei_pool", period="2025-H2",
            narrative="Nog een", written_by="coordinator@pool.test",
        )  # fmt: skip
    except db.ConstraintError:
        pass
    else:
        raise AssertionError("a second narrative for the same goal and half-year was accepted")
