import datetime as dt

from monitor import db

VALUES = {
    "held_date": dt.date(2025, 9, 3),
    "reflection": "Besproken",
    "figures_discussed": "",
    "recorded_by": "coordinator@pool.test",
}


def test_update_monitoring_moment_reflection_records_an_open_moment(db_path):
    assert db.write("update_monitoring_moment_reflection", actor="t", id=2, **VALUES) == [(1,)]
    df = db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=1, due_date=dt.date(2025, 9, 1)
    )
    assert df.select("held_date", "reflection").rows() == [(dt.date(2025, 9, 3), "Besproken")]


def test_update_monitoring_moment_reflection_leaves_a_held_moment_alone(db_path):
    assert db.write("update_monitoring_moment_reflection", actor="t", id=1, **VALUES) == [(0,)]
    df = db.read(
        "monitoring_moment_for_due_date", sub_assignment_id=1, due_date=dt.date(2025, 6, 1)
    )
    assert df.get_column("reflection").to_list() == [
        "De inloop groeit; vaste bezoekers nemen anderen mee."
    ]
