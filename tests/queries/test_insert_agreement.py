import datetime as dt

import pytest

from monitor import db

BASE = {
    "contract_talk_id": 1,
    "owner": "",
    "due_date": None,
    "municipality_code": None,
    "period_start": None,
    "period_end": None,
    "reason": "",
}


def test_insert_agreement_returns_the_id_of_an_open_agreement(db_path):
    rows = db.write("insert_agreement", actor="t", kind="actie", description="Folder maken", **BASE)
    assert rows == [(2,)]
    assert db.read("agreement_by_id", agreement_id=2).item(0, "status") == "open"


def test_a_key_deviation_needs_a_period_start_and_a_reason(db_path):
    with pytest.raises(db.ConstraintError):
        db.write(
            "insert_agreement",
            actor="t",
            kind="afwijking_verdeelsleutel",
            description="Meer inzet",
            **{**BASE, "municipality_code": "GM0988", "period_start": dt.date(2026, 1, 1)},
        )
