import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_changes_since_counts_what_was_registered_after_the_moment(db_path):
    run_sql(
        db_path,
        "update activity set created_at = timestamptz '2025-01-01 10:00:00+00' where id <= 6",
    )
    since = dt.datetime(2025, 6, 1, tzinfo=dt.UTC)
    row = db.read("changes_since_date", since=since).row(0, named=True)
    assert row == {
        "activities": 2,
        "hours": 5.5,
        "notes": 5,  # every note but the private one
        "signals": 2,
        "sub_assignments": 3,
    }
    future = db.read("changes_since_date", since=dt.datetime(2099, 1, 1, tzinfo=dt.UTC)).row(
        0, named=True
    )
    assert future == {"activities": 0, "hours": 0.0, "notes": 0, "signals": 0, "sub_assignments": 0}
