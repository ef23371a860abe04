import datetime as dt

import pytest

from monitor import db


def test_rate_per_year_over_the_contract_period(db_path):
    rows = db.read("fte_rate_by_year", start=dt.date(2024, 1, 1), end=dt.date(2027, 1, 1)).rows()
    assert rows == [
        (2024, 400_000.0, False, 0.0, None, 366, 366),
        (2025, 425_000.0, False, 19.5, pytest.approx(425_000 / 19.5), 365, 365),
        (2026, 700_000.0, True, 0.0, None, 365, 365),
    ]


def test_rate_of_a_half_year_counts_the_hours_of_the_whole_year(db_path):
    rows = db.read("fte_rate_by_year", start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)).rows()
    assert rows == [(2025, 425_000.0, False, 19.5, pytest.approx(425_000 / 19.5), 184, 365)]
