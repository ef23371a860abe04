import datetime as dt

from monitor import db


def test_insert_kickoff_records_one_per_municipality(db_path):
    rows = db.write(
        "insert_kickoff", actor="t", municipality_code="GM0889", status="gepland",
        planned_date=dt.date(2024, 4, 2), held_date=None, stakeholders="Wijkteam", summary="",
    )  # fmt: skip
    assert rows == [(1,)]
    df = db.read("kickoffs_by_municipality")
    beesel = df.row(0, named=True)
    assert (beesel["kickoff_id"], beesel["status"], beesel["planned_date"]) == (
        1, "gepland", dt.date(2024, 4, 2)
    )  # fmt: skip
