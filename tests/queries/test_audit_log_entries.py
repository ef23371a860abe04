import datetime as dt

from monitor import db
from tests.conftest import run_sql


def _seed(db_path):
    run_sql(
        db_path,
        "insert into audit_log (logged_at, actor, action, entity, entity_id) values "
        "('2026-01-05 10:00:00+01', 'a@x.test', 'create', 'note', '1'), "
        "('2026-01-06 23:30:00+01', 'b@x.test', 'update', 'note', '1'), "
        "('2026-01-07 08:00:00+01', 'a@x.test', 'create', 'activity', '4')",
    )


def read(**params):
    base = {"actor": None, "entity": None, "action": None, "start": None, "end": None, "limit": 10}
    return db.read("audit_log_entries", **{**base, **params})["entity_id"].to_list()


def test_audit_log_entries_newest_first_and_filtered(db_path):
    _seed(db_path)
    assert read() == ["4", "1", "1"]
    assert read(actor="a@x.test") == ["4", "1"]
    assert read(entity="note", action="update") == ["1"]
    assert read(limit=1) == ["4"]


def test_audit_log_entries_date_bounds_are_local_days(db_path):
    _seed(db_path)
    day = dt.date(2026, 1, 6)
    assert read(start=day, end=day + dt.timedelta(days=1)) == ["1"]
    assert read(start=dt.date(2026, 1, 7)) == ["4"]
