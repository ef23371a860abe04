import datetime as dt

from monitor import db


def test_agreement_by_id_reads_the_seeded_key_deviation(db_path):
    row = db.read("agreement_by_id", agreement_id=1).row(0, named=True)
    assert (row["kind"], row["municipality_code"], row["period_start"], row["status"]) == (
        "afwijking_verdeelsleutel",
        "GM0889",
        dt.date(2025, 7, 1),
        "open",
    )
    assert db.read("agreement_by_id", agreement_id=9).is_empty()
