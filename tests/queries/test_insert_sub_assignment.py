import datetime as dt

from monitor import db

ROW = {
    "title": "Spreekuur",
    "description": "",
    "municipality_code": "GM0984",
    "goals": "Doel",
    "monitoring_method": "Methode",
    "frequency": "maandelijks",
    "accountability": "Verslag",
    "signs": "",
    "start_date": dt.date(2025, 9, 1),
    "end_date": None,
    "status": "actief",
}


def test_insert_sub_assignment_returns_the_new_id_at_version_one(db_path):
    assert db.write("insert_sub_assignment", actor="t", **ROW) == [(4,)]
    row = db.read("sub_assignment_detail", id=4).row(0, named=True)
    assert (row["title"], row["scope"], row["frequency"], row["version"]) == (
        "Spreekuur", "Venray", "maandelijks", 1
    )  # fmt: skip
