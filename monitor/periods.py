"""Half-years and other reporting periods; ``end`` is always exclusive."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

CONTRACT_START = dt.date(2024, 1, 1)
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period [start, end) with a code such as ``2025-H2``, ``2025`` or ``contract``."""

    start: dt.date
    end: dt.date
    code: str

    @property
    def label(self) -> str:
        """Dutch name, e.g. 'tweede halfjaar 2025'."""
        m = _HALF.match(self.code)
        if m:
            return f"{'eerste' if m.group(2) == '1' else 'tweede'} halfjaar {m.group(1)}"
        if _YEAR.match(self.code):
            return f"jaar {self.code}"
        if self.code == "contract":
            return "hele contractperiode"
        return self.code

    @property
    def days(self) -> int:
        return (self.end - self.start).days

    def contains(self, day: dt.date) -> bool:
        return self.start <= day < self.end

    def previous(self) -> Period:
        """The period of the same length just before this one."""
        m = _HALF.match(self.code)
        if m:
            year, half = int(m.group(1)), int(m.group(2))
            return half_year(year - 1, 2) if half == 1 else half_year(year, 1)
        if _YEAR.match(self.code):
            return year_period(int(self.code) - 1)
        length = self.end - self.start
        return Period(self.start - length, self.start, f"voor-{self.code}")


def half_year(year: int, half: int) -> Period:
    if half not in (1, 2):
        raise ValueError(f"halfjaar moet 1 of 2 zijn, niet {half}")
    if half == 1:
        return Period(dt.date(year, 1, 1), dt.date(year, 7, 1), f"{year}-H1")
    return Period(dt.date(year, 7, 1), dt.date(year + 1, 1, 1), f"{year}-H2")


def year_period(year: int) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), str(year))


def contract_period(today: dt.date | None = None) -> Period:
    """From the contract start up to and including the current half-year."""
    return Period(CONTRACT_START, half_year_of(today or dt.date.today()).end, "contract")


def half_year_of(day: dt.date) -> Period:
    return half_year(day.year, 1 if day.month <= 6 else 2)


def parse(code: str, today: dt.date | None = None) -> Period:
    """Parse '2025-H2', '2025' or 'contract'; ValueError with a Dutch message otherwise."""
    m = _HALF.match(code.strip())
    if m:
        return half_year(int(m.group(1)), int(m.group(2)))
    if _YEAR.match(code.strip()):
        return year_period(int(code))
    if code.strip() == "contract":
        return contract_period(today)
    raise ValueError(f"Onbekende periode '{code}'. Gebruik bijvoorbeeld 2025-H2, 2025 of contract.")


def half_years(until: dt.date | None = None, since: dt.date = CONTRACT_START) -> list[Period]:
    """Every half-year from ``since`` up to the one containing ``until``, newest first."""
    last = half_year_of(until or dt.date.today())
    found = []
    p = half_year_of(since)
    while p <= last:
        found.append(p)
        year, half = p.start.year, 1 if p.start.month == 1 else 2
        p = half_year(year, 2) if half == 1 else half_year(year + 1, 1)
    return list(reversed(found))


def last_completed_half_year(today: dt.date | None = None) -> Period:
    return half_year_of(today or dt.date.today()).previous()
