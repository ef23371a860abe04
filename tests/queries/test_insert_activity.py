import datetime as dt
from decimal import Decimal

from monitor import db

FIELDS = {
    "activity_date": dt.date(2025, 8, 1),
    "peer_expert_id": 1,
    "sub_assignment_id": 1,
    "municipality_code": "GM0983",
    "activity_type_code": "inloop",
    "form": "open",
    "residents_reached": 6,
    "residents_estimated": True,
    "hours": Decimal("2.50"),
    "care_relation": "naast",
    "setting_code": "buurthuis",
    "source": "import",
    "source_id": "P-7",
    "import_batch_id": None,
    "created_by": "tester",
}


def test_insert_activity_returns_the_new_id_and_stores_every_field(db_path):
    with db.transaction("tester") as tx:
        (new_id,) = tx.one("insert_activity", **FIELDS)
    assert new_id == 9
    row = db.read("activity_for_edit", id=9).row(0, named=True)
    assert row["residents_reached"] == 6
    assert row["hours"] == Decimal("2.50")
    assert row["source_id"] == "P-7"
    assert row["version"] == 1
