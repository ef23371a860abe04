import datetime as dt

import pytest

from monitor import formatting as f
from monitor import periods


def test_half_year_bounds_are_exclusive_at_the_end():
    p = periods.parse("2025-H2")
    assert (p.start, p.end) == (dt.date(2025, 7, 1), dt.date(2026, 1, 1))
    assert p.contains(dt.date(2025, 12, 31)) and not p.contains(dt.date(2026, 1, 1))
    assert p.label == "tweede halfjaar 2025"


def test_previous_period_has_the_same_length():
    assert periods.parse("2025-H1").previous().code == "2024-H2"
    assert periods.parse("2025-H2").previous().code == "2025-H1"
    assert periods.parse("2025").previous().code == "2024"
    whole = periods.parse("contract", today=dt.date(2026, 11, 23))
    assert (whole.start, whole.end) == (dt.date(2024, 1, 1), dt.date(2027, 1, 1))
    assert whole.previous().end == whole.start


def test_half_years_lists_newest_first_up_to_today():
    codes = [p.code for p in periods.half_years(dt.date(2026, 11, 23))]
    assert codes == ["2026-H2", "2026-H1", "2025-H2", "2025-H1", "2024-H2", "2024-H1"]


def test_unknown_period_gives_a_dutch_message():
    with pytest.raises(ValueError, match="Onbekende periode"):
        periods.parse("Q3")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f.num(1234.5, 1), "1.234,5"),
        (f.num(1234567), "1.234.567"),
        (f.eur(1234.5), "€ 1.234,50"),
        (f.eur(120997.5), "€ 120.997,50"),
        (f.pct(28.47), "28,47%"),
        (f.pct(0.78), "0,78%"),
        (f.dec(2.5), "2,5"),
        (f.dec(3.0), "3"),
        (f.date(dt.date(2026, 7, 1)), "1 juli 2026"),
        (f.date(dt.date(2026, 7, 1), "short"), "01-07-2026"),
        (f.hours(2.5), "2,5 uur"),
        (f.num(None), "–"),
    ],
)
def test_dutch_formats(value, expected):
    assert value == expected


def test_moment_is_shown_in_dutch_local_time():
    utc = dt.datetime(2025, 10, 3, 7, 15, tzinfo=dt.UTC)
    assert f.moment(utc) == "03-10-2025 09:15"  # summer time, UTC+2
    assert f.moment(dt.datetime(2025, 12, 1, 8, 5, tzinfo=dt.UTC)) == "01-12-2025 09:05"
    assert f.moment(dt.datetime(2025, 12, 1, 8, 5)) == "01-12-2025 08:05"
