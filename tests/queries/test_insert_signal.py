import datetime as dt

from monitor import db


def test_insert_signal_starts_new(db_path):
    with db.transaction("tester") as tx:
        (new_id,) = tx.one(
            "insert_signal",
            raised_date=dt.date(2025, 8, 1),
            raised_by=1,
            signal_type="aanbod_gemist",
            municipality_code=None,
            title="Geen inloop in het weekend",
            description="Wie doordeweeks werkt, kan nergens terecht.",
        )
    assert new_id == 3
    cur = db.connection().cursor()
    row = cur.execute(
        "select status, municipality_code, version from signal where id = 3"
    ).fetchall()
    cur.close()
    assert row == [("nieuw", None, 1)]
