import datetime as dt

import polars as pl
import pytest

from monitor import db
from tests.queries.key_setup import add_key_change, add_regional_activity_in_may

H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}


def by_place(frame, measure):
    rows = frame.filter(pl.col("measure") == measure).to_dicts()
    return {r["municipality_name"]: r for r in rows}


def test_hours_per_municipality_with_the_region_apart(db_path):
    frame = db.read("deployment_by_municipality", **H1)
    assert frame.height == 45  # 3 measures x (14 municipalities + Regio)
    hours = by_place(frame, "hours")
    # 2025-H1 hours: Venlo 3 + 1,5; Beesel 2; Weert 1; regional training 4 -> 11,5 in all.
    assert hours["Venlo"]["value"] == 4.5
    assert hours["Venlo"]["key_share_pct"] == 28.47
    assert hours["Venlo"]["share_pct"] == pytest.approx(100 * 4.5 / 11.5)
    assert hours["Gennep"]["value"] == 0
    assert hours["Regio"]["value"] == 4.0
    assert hours["Regio"]["key_share_pct"] is None
    assert hours["Regio"]["municipality_code"] is None
    # Allocated: the 4 regional hours spread by the key: Venlo gets 28,47% of 4.
    assert hours["Venlo"]["allocated_value"] == pytest.approx(4.5 + 4 * 0.2847)
    assert hours["Gennep"]["allocated_value"] == pytest.approx(4 * 0.0086)
    assert hours["Regio"]["allocated_value"] == 0
    assert sum(r["allocated_share_pct"] for r in hours.values()) == pytest.approx(100)


def test_activities_and_residents_and_fixed_alphabetical_order(db_path):
    frame = db.read("deployment_by_municipality", **H1)
    activities = by_place(frame, "activities")
    residents = by_place(frame, "residents_reached")
    assert activities["Venlo"]["value"] == 2
    assert activities["Regio"]["value"] == 1
    assert residents["Venlo"]["value"] == 13
    assert residents["Beesel"]["share_pct"] == pytest.approx(100 * 3 / 38)
    names = frame.filter(pl.col("measure") == "hours").get_column("municipality_name").to_list()
    assert names[:3] == ["Beesel", "Bergen (L.)", "Echt-Susteren"]
    assert names[-2:] == ["Weert", "Regio"]


def test_key_version_change_mid_period_is_weighted_by_days(db_path):
    add_key_change(db_path)
    add_regional_activity_in_may(db_path)
    hours = by_place(db.read("deployment_by_municipality", **H1), "hours")
    # 90 days (1 Jan - 31 Mar) of the old key, 91 days (1 Apr - 30 Jun) of the new one.
    assert hours["Venlo"]["key_share_pct"] == pytest.approx((28.47 * 90 + 30.00 * 91) / 181)
    assert hours["Weert"]["key_share_pct"] == pytest.approx((13.81 * 90 + 12.28 * 91) / 181)
    assert hours["Beesel"]["key_share_pct"] == pytest.approx(0.78)
    assert sum(r["key_share_pct"] or 0 for r in hours.values()) == pytest.approx(100)
    # Each regional activity is allocated by the key valid on its own day:
    # 4 hours on 5 March (old key) and 2 hours on 1 May (new key).
    assert hours["Regio"]["value"] == 6.0
    assert hours["Venlo"]["allocated_value"] == pytest.approx(4.5 + 4 * 0.2847 + 2 * 0.30)
    assert hours["Weert"]["allocated_value"] == pytest.approx(1.0 + 4 * 0.1381 + 2 * 0.1228)


def test_a_period_after_the_change_uses_only_the_new_key(db_path):
    add_key_change(db_path)
    frame = db.read(
        "deployment_by_municipality", start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)
    )
    assert by_place(frame, "hours")["Venlo"]["key_share_pct"] == pytest.approx(30.0)
