import datetime as dt

import pytest

from monitor import monitoring
from monitor.monitoring import MomentState

D = dt.date


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2025, 1, 31), 1, D(2025, 2, 28)),
        (D(2024, 1, 31), 1, D(2024, 2, 29)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2024, 2, 29), 48, D(2028, 2, 29)),
        (D(2025, 11, 30), 3, D(2026, 2, 28)),
        (D(2025, 12, 15), 1, D(2026, 1, 15)),
        (D(2025, 8, 31), 6, D(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end_and_crosses_year_ends(day, months, expected):
    assert monitoring.add_months(day, months) == expected


def test_monthly_schedule_from_31_january_keeps_returning_to_the_month_end():
    got = monitoring.due_dates("maandelijks", D(2024, 1, 31), None, D(2024, 6, 30))
    assert got == [D(2024, 2, 29), D(2024, 3, 31), D(2024, 4, 30), D(2024, 5, 31), D(2024, 6, 30)]


def test_quarterly_schedule_crosses_the_year_end():
    got = monitoring.due_dates("per_kwartaal", D(2024, 11, 30), None, D(2025, 12, 31))
    assert got == [D(2025, 2, 28), D(2025, 5, 30), D(2025, 8, 30), D(2025, 11, 30)]


def test_half_yearly_schedule_is_clamped_to_the_end_date():
    got = monitoring.due_dates("halfjaarlijks", D(2024, 9, 1), D(2026, 2, 28), D(2030, 1, 1))
    assert got == [D(2025, 3, 1), D(2025, 9, 1)]
    # a moment exactly on the end date is still inside the period
    got = monitoring.due_dates("halfjaarlijks", D(2024, 9, 1), D(2025, 9, 1), D(2030, 1, 1))
    assert got == [D(2025, 3, 1), D(2025, 9, 1)]


def test_yearly_schedule_from_a_leap_day():
    got = monitoring.due_dates("jaarlijks", D(2024, 2, 29), None, D(2028, 3, 1))
    assert got == [D(2025, 2, 28), D(2026, 2, 28), D(2027, 2, 28), D(2028, 2, 29)]


def test_schedule_is_clamped_to_today():
    assert monitoring.due_dates("jaarlijks", D(2025, 1, 1), None, D(2025, 12, 31)) == []
    assert monitoring.due_dates("jaarlijks", D(2025, 1, 1), None, D(2026, 1, 1)) == [D(2026, 1, 1)]


def test_other_frequency_has_no_automatic_schedule():
    assert monitoring.due_dates("anders", D(2024, 1, 1), None, D(2026, 1, 1)) == []
    assert monitoring.next_scheduled("anders", D(2024, 1, 1), None, D(2026, 1, 1)) is None


def test_next_scheduled_moment_is_after_today_and_not_past_the_end():
    assert monitoring.next_scheduled("per_kwartaal", D(2024, 3, 1), None, D(2025, 9, 1)) == D(
        2025, 12, 1
    )
    assert monitoring.next_scheduled("per_kwartaal", D(2024, 3, 1), None, D(2025, 8, 31)) == D(
        2025, 9, 1
    )
    assert (
        monitoring.next_scheduled("jaarlijks", D(2024, 3, 1), D(2025, 1, 1), D(2024, 6, 1)) is None
    )


def test_moments_merge_the_schedule_with_recorded_moments():
    recorded = [
        (1, D(2025, 6, 1), D(2025, 6, 5)),
        (2, D(2025, 9, 1), None),
        (7, D(2025, 7, 15), None),
    ]
    got = monitoring.moments("per_kwartaal", D(2025, 3, 1), None, D(2025, 10, 1), recorded)
    assert [(m.due_date, m.state, m.moment_id) for m in got] == [
        (D(2025, 6, 1), MomentState.DISCUSSED, 1),
        (D(2025, 7, 15), MomentState.TO_DISCUSS, 7),
        (D(2025, 9, 1), MomentState.TO_DISCUSS, 2),
        (D(2025, 12, 1), MomentState.PLANNED, None),
    ]
    assert monitoring.summary(got) == (D(2025, 12, 1), 2)
    assert [m.due_date for m in monitoring.open_moments(got)] == [
        D(2025, 7, 15),
        D(2025, 9, 1),
        D(2025, 12, 1),
    ]


def test_a_moment_on_today_is_to_be_discussed():
    got = monitoring.moments("maandelijks", D(2025, 1, 10), None, D(2025, 2, 10))
    assert [(m.due_date, m.state) for m in got] == [
        (D(2025, 2, 10), MomentState.TO_DISCUSS),
        (D(2025, 3, 10), MomentState.PLANNED),
    ]
