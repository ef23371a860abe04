import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_context_events_in_date_order(db_path):
    run_sql(
        db_path,
        "insert into context_event (event_date, label, created_by) values "
        "('2025-07-15', 'Zomerstop', 't'), ('2024-09-01', 'Nieuwe coördinator', 't')",
    )
    rows = db.read("context_events")
    assert rows.select("event_date", "label").rows() == [
        (dt.date(2024, 9, 1), "Nieuwe coördinator"),
        (dt.date(2025, 7, 15), "Zomerstop"),
    ]
