import datetime as dt

from monitor import db


def test_sub_assignments_since_a_moment(db_path):
    rows = db.read("sub_assignments_since_date", since=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert rows.select("id", "title", "municipality_name").rows() == [
        (1, "Inloop Venlo-Oost", "Venlo"),
        (2, "Training wijkteams regio", "Regio"),
        (3, "Herstelgroep Beesel", "Beesel"),
    ]
    assert db.read(
        "sub_assignments_since_date", since=dt.datetime(2099, 1, 1, tzinfo=dt.UTC)
    ).is_empty()
