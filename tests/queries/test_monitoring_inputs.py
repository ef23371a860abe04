import datetime as dt

from monitor import db


def test_monitoring_inputs_give_period_frequency_and_recorded_moments(db_path):
    rows = {r["id"]: r for r in db.read("monitoring_inputs").to_dicts()}
    assert sorted(rows) == [1, 2, 3]
    first = rows[1]
    assert (first["frequency"], first["start_date"], first["end_date"]) == (
        "per_kwartaal",
        dt.date(2024, 3, 1),
        None,
    )
    assert [(m["due_date"], m["held_date"]) for m in first["recorded"]] == [
        (dt.date(2025, 6, 1), dt.date(2025, 6, 5)),
        (dt.date(2025, 9, 1), None),
    ]
    assert rows[2]["recorded"] is None
