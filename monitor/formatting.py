"""Dutch formats for numbers, money, percentages and dates (Babel, nl_NL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "nl_NL"
LOCAL_TZ = ZoneInfo("Europe/Amsterdam")
Number = int | float | Decimal


def num(value: Number | None, decimals: int = 0) -> str:
    """1234.5 -> '1.234,5' (with ``decimals=1``); None -> '–'."""
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def dec(value: Number | None, max_decimals: int = 1) -> str:
    """Up to ``max_decimals`` decimals, no trailing zeros: 2.5 -> '2,5', 3.0 -> '3'."""
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALE)


def eur(value: Number | None, decimals: int = 2) -> str:
    """1234.5 -> '€ 1.234,50'."""
    if value is None:
        return "–"
    pattern = "¤ #,##0" + ("." + "0" * decimals if decimals else "")
    return format_currency(value, "EUR", format=pattern, locale=LOCALE, currency_digits=False)


def pct(value: Number | None, decimals: int = 2) -> str:
    """28.47 -> '28,47%' (value already in percent)."""
    if value is None:
        return "–"
    return num(value, decimals) + "%"


def date(value: dt.date | None, style: str = "long") -> str:
    """date(2026, 7, 1) -> '1 juli 2026'; style 'short' -> '01-07-2026'."""
    if value is None:
        return "–"
    if style == "short":
        return value.strftime("%d-%m-%Y")
    return format_date(value, format="d MMMM y", locale=LOCALE)


def moment(value: dt.datetime) -> str:
    """A timestamp in Dutch local time: '03-10-2025 09:15' (naive values are taken as local)."""
    local = value.astimezone(LOCAL_TZ) if value.tzinfo else value
    return f"{local:%d-%m-%Y %H:%M}"


def month(value: dt.date) -> str:
    """date(2026, 7, 1) -> 'jul 2026'."""
    return format_date(value, format="MMM y", locale=LOCALE).replace(".", "")


def hours(value: Number | None) -> str:
    """2.5 -> '2,5 uur'."""
    return f"{dec(value, 1)} uur"
