import datetime as dt

from monitor import db


def test_delete_context_event_returns_the_former_row(db_path):
    with db.transaction("t") as tx:
        (eid,) = tx.one(
            "insert_context_event",
            event_date=dt.date(2025, 3, 1),
            label="X",
            description="",
            created_by="t",
        )
        assert tx.execute("delete_context_event", id=eid) == [(eid, dt.date(2025, 3, 1), "X", "")]
        assert tx.execute("delete_context_event", id=eid) == []
    assert db.read("context_events").is_empty()
