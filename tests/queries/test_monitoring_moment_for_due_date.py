import datetime as dt

from monitor import db


def test_monitoring_moment_for_due_date_finds_the_one_row_or_none(db_path):
    df = db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=1, due_date=dt.date(2025, 9, 1)
    )
    assert df.select("id", "held_date", "reflection", "figures_discussed").rows() == [
        (2, None, None, "")
    ]
    held = db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=1, due_date=dt.date(2025, 6, 1)
    )
    assert held.get_column("held_date").to_list() == [dt.date(2025, 6, 5)]
    assert db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=2, due_date=dt.date(2025, 9, 1)
    ).is_empty()
