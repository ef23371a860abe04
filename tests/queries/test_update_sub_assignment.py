import datetime as dt

from monitor import db

ROW = {
    "title": "Training wijkteams",
    "description": "",
    "goals": "Nieuw doel",
    "monitoring_method": "Methode",
    "frequency": "per_kwartaal",
    "accountability": "Verslag",
    "signs": "",
    "start_date": dt.date(2024, 9, 1),
    "end_date": dt.date(2026, 6, 30),
    "status": "actief",
}


def test_update_sub_assignment_bumps_the_version_of_a_referenced_row(db_path):
    assert db.write("update_sub_assignment", actor="t", id=2, version=1, **ROW) == [(1,)]
    row = db.read("sub_assignment_detail", id=2).row(0, named=True)
    assert (row["goals"], row["frequency"], row["end_date"], row["version"]) == (
        "Nieuw doel", "per_kwartaal", dt.date(2026, 6, 30), 2
    )  # fmt: skip


def test_update_sub_assignment_changes_nothing_for_a_stale_version(db_path):
    assert db.write("update_sub_assignment", actor="t", id=2, version=5, **ROW) == [(0,)]
    assert db.read("sub_assignment_detail", id=2).row(0, named=True)["version"] == 1
