import datetime as dt

from monitor import db


def test_overview_totals_for_2025_h1_counts_boundaries_and_regional_activities(db_path):
    row = db.read("overview_totals", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1)).row(
        0, named=True
    )
    # Activities 1-5: the one on 2025-01-01 and the one on 2025-06-30 are inside the period.
    assert row["activities"] == 5
    assert row["hours"] == 11.5
    assert row["residents_reached"] == 38
    assert row["residents_estimated"] == 12
    assert row["peer_experts"] == 3
    assert row["municipalities"] == 3  # Venlo, Beesel, Weert; the training was regional
    assert row["active_sub_assignments"] == 3
    assert row["notes"] == 4
    assert row["signals"] == 1


def test_overview_totals_of_an_empty_period_are_zero(db_path):
    row = db.read("overview_totals", start=dt.date(2023, 1, 1), end=dt.date(2023, 7, 1)).row(
        0, named=True
    )
    assert row["activities"] == 0
    assert row["hours"] == 0
    assert row["residents_reached"] == 0
    assert row["active_sub_assignments"] == 0
