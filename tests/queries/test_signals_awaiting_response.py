import datetime as dt

from monitor import db


def test_signals_awaiting_response_with_their_age(db_path):
    rows = db.read("signals_awaiting_response", today=dt.date(2025, 10, 13)).to_dicts()
    assert [(r["id"], r["status"], r["age_days"], r["scope"]) for r in rows] == [
        (2, "nieuw", 30, "Beesel")
    ]
