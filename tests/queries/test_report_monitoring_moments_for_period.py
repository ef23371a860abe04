import datetime as dt

from monitor import db


def test_report_monitoring_moments_due_or_held_in_the_period(db_path):
    h1 = db.read(
        "report_monitoring_moments_for_period", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1)
    )
    assert h1.select("id", "held_date", "reflection").rows() == [
        (1, dt.date(2025, 6, 5), "De inloop groeit; vaste bezoekers nemen anderen mee.")
    ]
    h2 = db.read(
        "report_monitoring_moments_for_period", start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)
    )
    assert h2.select("id", "due_date", "held_date").rows() == [(2, dt.date(2025, 9, 1), None)]
