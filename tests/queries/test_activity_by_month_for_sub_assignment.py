import datetime as dt

from monitor import db


def test_activity_by_month_for_sub_assignment_sums_per_month(db_path):
    df = db.read("activity_by_month_for_sub_assignment", id=1)
    assert df.rows() == [
        (dt.date(2025, 1, 1), 1, 3.0, 12, 12),
        (dt.date(2025, 2, 1), 1, 1.5, 1, 0),
        (dt.date(2025, 7, 1), 1, 2.5, 8, 8),
    ]


def test_activity_by_month_for_sub_assignment_keeps_a_month_boundary(db_path):
    # Activity 3 on 2025-03-05 and activity 8 on 2025-12-31 belong to sub-assignment 2.
    df = db.read("activity_by_month_for_sub_assignment", id=2)
    assert df.rows() == [
        (dt.date(2025, 3, 1), 1, 4.0, 20, 0),
        (dt.date(2025, 12, 1), 1, 3.5, 15, 0),
    ]
    assert db.read("activity_by_month_for_sub_assignment", id=99).is_empty()
