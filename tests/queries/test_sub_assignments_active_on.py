import datetime as dt

import pytest

from monitor import db
from tests.conftest import run_sql


@pytest.mark.parametrize(
    ("day", "municipality", "expected"),
    [
        (dt.date(2025, 5, 1), "GM0983", [1, 2]),  # Venlo's own plus the regional one
        (dt.date(2025, 5, 1), None, [2]),  # the region: regional ones only
        (dt.date(2025, 5, 1), "GM0889", [3, 2]),
        (dt.date(2024, 8, 31), "GM0983", [1]),  # before the regional one started
        (dt.date(2024, 9, 1), None, [2]),  # start date is inclusive
        (dt.date(2026, 12, 31), None, [2]),  # end date is inclusive
        (dt.date(2027, 1, 1), None, []),
        (dt.date(2024, 12, 31), "GM0889", [2]),  # Beesel's own starts in 2025
        (dt.date(2024, 8, 1), "GM0889", []),
    ],
)
def test_sub_assignments_active_on_filters_by_day_and_place(db_path, day, municipality, expected):
    df = db.read("sub_assignments_active_on", day=day, municipality_code=municipality)
    by_title = dict(zip(df["id"], df["title"], strict=True))
    assert sorted(by_title, key=lambda i: by_title[i]) == df["id"].to_list()
    assert df["id"].to_list() == expected


def test_sub_assignments_active_on_leaves_out_inactive_ones(db_path):
    run_sql(db_path, "update sub_assignment set status = 'afgerond' where id = 1")
    df = db.read("sub_assignments_active_on", day=dt.date(2025, 5, 1), municipality_code="GM0983")
    assert df.rows() == [(2, "Training wijkteams regio", None, "Regio")]
