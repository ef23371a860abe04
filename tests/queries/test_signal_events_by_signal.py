from monitor import db
from tests.conftest import run_sql


def test_signal_events_by_signal_oldest_first(db_path):
    assert db.read("signal_events_by_signal", signal_id=2).is_empty()
    run_sql(
        db_path,
        "insert into signal_event (signal_id, from_status, to_status, reason, actor, event_at) "
        "values (2, 'besproken', 'nieuw', 'te vroeg', 'b', '2025-10-02 10:00:00+00'),"
        " (2, 'nieuw', 'besproken', '', 'a', '2025-10-01 10:00:00+00'),"
        " (1, 'nieuw', 'besproken', '', 'c', '2025-03-01 10:00:00+00')",
    )
    df = db.read("signal_events_by_signal", signal_id=2)
    assert df.select("from_status", "to_status", "reason", "actor").rows() == [
        ("nieuw", "besproken", "", "a"),
        ("besproken", "nieuw", "te vroeg", "b"),
    ]
