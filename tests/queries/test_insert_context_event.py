import datetime as dt

from monitor import db


def test_insert_context_event_returns_its_id(db_path):
    with db.transaction("t") as tx:
        (eid,) = tx.one(
            "insert_context_event",
            event_date=dt.date(2025, 3, 1),
            label="Nieuwe inloop",
            description="Venlo-Oost",
            created_by="Carla",
        )
    assert db.read("context_events").select("id", "label").rows() == [(eid, "Nieuwe inloop")]
