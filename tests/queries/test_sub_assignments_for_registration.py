import datetime as dt

from monitor import db


def test_sub_assignments_for_registration_gives_period_status_and_place(db_path):
    df = db.read("sub_assignments_for_registration")
    assert df.rows() == [
        (1, "Inloop Venlo-Oost", "GM0983", "Venlo", dt.date(2024, 3, 1), None, "actief"),
        (
            2,
            "Training wijkteams regio",
            None,
            None,
            dt.date(2024, 9, 1),
            dt.date(2026, 12, 31),
            "actief",
        ),
        (3, "Herstelgroep Beesel", "GM0889", "Beesel", dt.date(2025, 1, 1), None, "actief"),
    ]
