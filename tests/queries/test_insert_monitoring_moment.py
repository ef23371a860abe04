import datetime as dt

from monitor import db


def test_insert_monitoring_moment_with_its_reflection(db_path):
    rows = db.write(
        "insert_monitoring_moment", actor="t", sub_assignment_id=3,
        due_date=dt.date(2026, 1, 1), held_date=dt.date(2026, 1, 8), reflection="Goed gesprek",
        figures_discussed="7 deelnemers", recorded_by="coordinator@pool.test",
    )  # fmt: skip
    assert rows == [(3,)]
    df = db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=3, due_date=dt.date(2026, 1, 1)
    )
    assert df.select("id", "held_date", "reflection", "figures_discussed").rows() == [
        (3, dt.date(2026, 1, 8), "Goed gesprek", "7 deelnemers")
    ]


def test_insert_monitoring_moment_refuses_a_second_row_for_the_same_due_date(db_path):
    try:
        db.write(
            "insert_monitoring_moment", actor="t", sub_assignment_id=1,
            due_date=dt.date(2025, 9, 1), held_date=None, reflection=None,
            figures_discussed="", recorded_by=None,
        )  # fmt: skip
    except db.ConstraintError:
        pass
    else:
        raise AssertionError("a duplicate moment was accepted")
