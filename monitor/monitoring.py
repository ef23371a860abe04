"""Monitoring moments of a sub-assignment: the schedule that follows from frequency and period.

A moment falls every ``n`` months counted from the start date (the first one ``n`` months after
the start), never after the end date. Dates are computed from the start each time, not step by
step, so 31 January + 1 month is 28/29 February and + 2 months is 31 March again.
Frequency ``anders`` has no automatic schedule: its moments are only the ones recorded.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

FREQUENCY_MONTHS: dict[str, int] = {
    "maandelijks": 1,
    "per_kwartaal": 3,
    "halfjaarlijks": 6,
    "jaarlijks": 12,
}
FREQUENCY_LABELS: dict[str, str] = {
    "maandelijks": "Maandelijks",
    "per_kwartaal": "Per kwartaal",
    "halfjaarlijks": "Halfjaarlijks",
    "jaarlijks": "Jaarlijks",
    "anders": "Anders (zie wijze van monitoring)",
}
FREQUENCIES = tuple(FREQUENCY_LABELS)


class MomentState(StrEnum):
    DISCUSSED = "besproken"
    TO_DISCUSS = "nog te bespreken"
    PLANNED = "gepland"


@dataclass(frozen=True)
class Moment:
    """One monitoring moment: scheduled and/or recorded."""

    due_date: dt.date
    state: MomentState
    moment_id: int | None = None
    held_date: dt.date | None = None


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus ``months`` calendar months, clamped to the last day of the target month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def due_dates(frequency: str, start: dt.date, end: dt.date | None, until: dt.date) -> list[dt.date]:
    """Scheduled moments from ``start`` up to and including ``min(end, until)``."""
    months = FREQUENCY_MONTHS.get(frequency)
    if months is None:
        return []
    last = until if end is None else min(end, until)
    found = []
    k = 1
    while (day := add_months(start, k * months)) <= last:
        found.append(day)
        k += 1
    return found


def next_scheduled(
    frequency: str, start: dt.date, end: dt.date | None, today: dt.date
) -> dt.date | None:
    """The first scheduled moment after ``today`` (None for ``anders`` or past the end)."""
    months = FREQUENCY_MONTHS.get(frequency)
    if months is None:
        return None
    k = 1
    while (day := add_months(start, k * months)) <= today:
        k += 1
    return day if end is None or day <= end else None


def moments(
    frequency: str,
    start: dt.date,
    end: dt.date | None,
    today: dt.date,
    recorded: Iterable[tuple[int, dt.date, dt.date | None]] = (),
) -> list[Moment]:
    """Scheduled moments up to today plus the next one, merged with recorded moments.

    ``recorded`` holds (moment id, due date, held date or None) of rows in ``monitoring_moment``.
    A passed moment without a reflection is ``nog te bespreken``. Oldest first.
    """
    by_due = {due: (mid, held) for mid, due, held in recorded}
    days = set(due_dates(frequency, start, end, today)) | set(by_due)
    upcoming = next_scheduled(frequency, start, end, today)
    if upcoming is not None:
        days.add(upcoming)
    found = []
    for day in sorted(days):
        mid, held = by_due.get(day, (None, None))
        if held is not None:
            state = MomentState.DISCUSSED
        elif day <= today:
            state = MomentState.TO_DISCUSS
        else:
            state = MomentState.PLANNED
        found.append(Moment(day, state, mid, held))
    return found


def open_moments(all_moments: Iterable[Moment]) -> list[Moment]:
    """Moments that can still get a reflection: the ones to discuss and the next planned one."""
    pending = [m for m in all_moments if m.state is not MomentState.DISCUSSED]
    due = [m for m in pending if m.state is MomentState.TO_DISCUSS]
    planned = [m for m in pending if m.state is MomentState.PLANNED][:1]
    return due + planned


def summary(all_moments: Iterable[Moment]) -> tuple[dt.date | None, int]:
    """(next planned moment, number of passed moments still to discuss)."""
    listed = list(all_moments)
    planned = [m.due_date for m in listed if m.state is MomentState.PLANNED]
    to_discuss = sum(1 for m in listed if m.state is MomentState.TO_DISCUSS)
    return (planned[0] if planned else None), to_discuss
