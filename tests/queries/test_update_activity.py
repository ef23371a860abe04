import datetime as dt
from decimal import Decimal

from monitor import db

FIELDS = {
    "activity_date": dt.date(2025, 3, 6),
    "sub_assignment_id": None,
    "municipality_code": "GM0957",
    "activity_type_code": "advies",
    "form": "groep",
    "residents_reached": 0,
    "residents_estimated": False,
    "hours": Decimal("1.25"),
    "care_relation": None,
    "setting_code": None,
}


def test_update_activity_changes_the_row_only_at_the_seen_version(db_path):
    # DuckDB 2.0: the themes must be gone (committed) before the FK columns can change.
    with db.transaction("tester") as tx:
        tx.execute("delete_activity_themes", activity_id=3)
    with db.transaction("tester") as tx:
        assert tx.execute("update_activity", id=3, seen_version=1, **FIELDS) == [(1,)]
        assert tx.execute("update_activity", id=3, seen_version=1, **FIELDS) == [(0,)]
    row = db.read("activity_for_edit", id=3).row(0, named=True)
    assert row["version"] == 2
    assert row["municipality_code"] == "GM0957"
    assert row["hours"] == Decimal("1.25")
