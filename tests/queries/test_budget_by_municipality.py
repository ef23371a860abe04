import datetime as dt

import pytest

from monitor import db
from tests.queries.key_setup import add_key_change

H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}
YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}
RATE_2025 = 425_000 / 19.5  # fte budget 2025 / all 19,5 hours of 2025


def by_place(**period):
    return {
        r["municipality_name"]: r for r in db.read("budget_by_municipality", **period).to_dicts()
    }


def test_key_amount_is_the_key_share_of_the_days_in_the_period(db_path):
    rows = by_place(**H1)
    # 28,47% of 425.000 for 181 of 365 days.
    assert rows["Venlo"]["key_amount_eur"] == pytest.approx(425_000 * 0.2847 * 181 / 365)
    assert rows["Venlo"]["key_amount_eur"] == pytest.approx(60_001.5)
    assert rows["Regio"]["key_amount_eur"] is None


def test_delivered_hours_are_valued_at_the_average_rate_of_the_year(db_path):
    rows = by_place(**H1)
    assert rows["Venlo"]["delivered_eur"] == pytest.approx(4.5 * RATE_2025)
    assert rows["Regio"]["delivered_eur"] == pytest.approx(4.0 * RATE_2025)
    assert rows["Gennep"]["delivered_eur"] == 0
    assert rows["Venlo"]["delivered_allocated_eur"] == pytest.approx((4.5 + 4 * 0.2847) * RATE_2025)
    assert rows["Regio"]["delivered_allocated_eur"] == 0


def test_a_whole_year_adds_up_to_the_fte_budget(db_path):
    rows = by_place(**YEAR)
    assert sum(r["key_amount_eur"] or 0 for r in rows.values()) == pytest.approx(425_000)
    assert sum(r["delivered_eur"] for r in rows.values()) == pytest.approx(425_000)
    assert sum(r["delivered_allocated_eur"] for r in rows.values()) == pytest.approx(425_000)


def test_key_amount_follows_a_key_change_by_days(db_path):
    add_key_change(db_path)
    rows = by_place(**YEAR)
    # 90 days of 28,47% and 275 days of 30,00% of 425.000.
    expected = 425_000 * (0.2847 * 90 + 0.30 * 275) / 365
    assert rows["Venlo"]["key_amount_eur"] == pytest.approx(expected)
    assert sum(r["key_amount_eur"] or 0 for r in rows.values()) == pytest.approx(425_000)


def test_years_without_hours_have_no_delivered_value(db_path):
    rows = by_place(start=dt.date(2024, 1, 1), end=dt.date(2025, 1, 1))
    assert rows["Venlo"]["key_amount_eur"] == pytest.approx(400_000 * 0.2847)
    assert rows["Venlo"]["delivered_eur"] == 0
