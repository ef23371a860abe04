"""Which quotable notes a report quotes: the coördinator's choice per half-year, or defaults.

Only notes with visibility ``citeerbaar`` are candidates (``queries/report_quote_candidates.sql``),
so a selection can never smuggle another note into a report.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from monitor import db, periods
from monitor.access import Role, Viewer
from monitor.validation import ValidationError

DEFAULT_PER_MUNICIPALITY = 2


def candidates(
    period: periods.Period, municipality_code: str | None = None
) -> list[dict[str, Any]]:
    """Quotable notes of the period (most tagged first per municipality), with ``selected``."""
    return db.read(
        "report_quote_candidates",
        period=period.code,
        start=period.start,
        end=period.end,
        municipality=municipality_code,
    ).to_dicts()


def default_selection(
    rows: Iterable[dict[str, Any]], per_municipality: int = DEFAULT_PER_MUNICIPALITY
) -> list[int]:
    """Per municipality (and the region) the most tagged quotable notes, newest first on ties."""
    taken: dict[str | None, int] = {}
    chosen = []
    for row in rows:  # already ordered by municipality, tag count desc, date desc
        key = row["municipality_code"]
        if taken.get(key, 0) < per_municipality:
            chosen.append(int(row["note_id"]))
            taken[key] = taken.get(key, 0) + 1
    return chosen


def has_selection(rows: Iterable[dict[str, Any]]) -> bool:
    return any(r["selected"] for r in rows)


def quotes_for_report(
    period: periods.Period, municipality_code: str | None = None
) -> list[dict[str, Any]]:
    """The notes a report of this period quotes: the saved choice, else the defaults."""
    rows = candidates(period, municipality_code)
    if has_selection(rows):
        return [r for r in rows if r["selected"]]
    if municipality_code is not None and has_selection(candidates(period)):
        # The coördinator chose for the region, just none of this municipality's notes.
        return []
    chosen = set(default_selection(rows))
    return [r for r in rows if int(r["note_id"]) in chosen]


def save_selection(viewer: Viewer, period: periods.Period, note_ids: Iterable[int]) -> list[int]:
    """Replace the coördinator's quote selection of a period; refuses non-quotable notes."""
    viewer.require(Role.COORDINATOR)
    wanted = sorted({int(n) for n in note_ids})
    allowed = {int(r["note_id"]) for r in candidates(period)}
    refused = [n for n in wanted if n not in allowed]
    if refused:
        raise ValidationError(
            "Alleen verhalen die de schrijver citeerbaar maakte en die in "
            f"{period.label} vallen, kunnen worden geciteerd (niet: {', '.join(map(str, refused))})."
        )
    with db.transaction(actor=viewer.login) as tx:
        before = sorted(int(r[0]) for r in tx.execute("delete_report_quotes", period=period.code))
        for note_id in wanted:
            tx.execute(
                "insert_report_quote", period=period.code, note_id=note_id, selected_by=viewer.login
            )
        tx.audit(
            "update",
            "report_quote",
            period.code,
            {"note_ids": before},
            {"note_ids": wanted},
        )
    return wanted
