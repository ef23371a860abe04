import datetime as dt

from monitor import db
from tests.conftest import viewer_for

D = dt.date
YEAR = {"start": D(2025, 1, 1), "end": D(2026, 1, 1)}


def rows(user, grain, breakdown, **period):
    return db.read(
        "signal_trend_by_breakdown",
        **(period or YEAR),
        grain=grain,
        breakdown=breakdown,
        **viewer_for(user).note_params(),
    ).rows()


def test_signals_per_month_by_theme(db_path):
    assert rows("begeleidingsgroep", "month", "theme") == [
        (D(2025, 2, 1), False, "armoede_schulden", 1),
        (D(2025, 2, 1), True, None, 1),
        (D(2025, 9, 1), False, "stigma", 1),
        (D(2025, 9, 1), True, None, 1),
    ]


def test_signals_per_half_year_by_municipality(db_path):
    assert rows("contractmanager", "half_year", "municipality") == [
        (D(2025, 1, 1), False, "GM0983", 1),
        (D(2025, 1, 1), True, None, 1),
        (D(2025, 7, 1), False, "GM0889", 1),
        (D(2025, 7, 1), True, None, 1),
    ]


def test_a_municipality_counts_only_its_own_and_regional_signals(db_path):
    # Beesel follows signal 2 (Beesel), not signal 1 (Venlo).
    assert rows("gemeente_beesel", "half_year", "municipality") == [
        (D(2025, 7, 1), False, "GM0889", 1),
        (D(2025, 7, 1), True, None, 1),
    ]


def test_signals_outside_the_period_are_left_out(db_path):
    assert rows("coordinator", "quarter", "theme", start=D(2024, 1, 1), end=D(2025, 1, 1)) == []
