import datetime as dt

from monitor import db


def test_monitoring_moments_held_since_and_still_due(db_path):
    rows = db.read(
        "monitoring_moments_for_contract_talk",
        since=dt.date(2025, 6, 1),
        until=dt.date(2025, 10, 1),
    )
    assert rows.select("id", "held_date", "due_date").rows() == [
        (1, dt.date(2025, 6, 5), dt.date(2025, 6, 1)),
        (2, None, dt.date(2025, 9, 1)),
    ]
    later = db.read(
        "monitoring_moments_for_contract_talk", since=dt.date(2025, 7, 1), until=dt.date(2025, 8, 1)
    )
    assert later.is_empty()
