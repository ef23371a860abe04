"""Signals to policy: the status loop nieuw → besproken → beantwoord → teruggekoppeld.

The contract manager and the begeleidingsgroep move a signal forward one step at a time and
write the response; a step back needs a reason. Every change is one transaction that updates the
signal only if its version is still the one the user saw, and writes a ``signal_event`` and an
``audit_log`` row. On any refusal nothing is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import polars as pl

from monitor import db
from monitor.access import Role, Viewer
from monitor.validation import ValidationError

STATUSES: tuple[str, ...] = ("nieuw", "besproken", "beantwoord", "teruggekoppeld")
STATUS_LABELS = {
    "nieuw": "Nieuw",
    "besproken": "Besproken",
    "beantwoord": "Beantwoord",
    "teruggekoppeld": "Teruggekoppeld",
}
TYPE_LABELS = {
    "trend": "Trend of ontwikkeling",
    "aanbod_gemist": "Aanbod gemist",
    "knelpunt_beleid": "Knelpunt in beleid",
    "onbedoelde_uitsluiting": "Onbedoelde uitsluiting",
    "goed_voorbeeld": "Goed voorbeeld",
}
RESPONDERS = (Role.CONTRACT_MANAGER, Role.ADVISORY_GROUP)
MAX_TEXT = 5000
CONFLICT = (
    "Iemand anders heeft dit signaal intussen gewijzigd. Bekijk de nieuwe stand en probeer het "
    "opnieuw."
)


@dataclass(frozen=True)
class Change:
    """The outcome of a change: the signal's new status and version."""

    signal_id: int
    status: str
    version: int


def next_status(status: str) -> str | None:
    """The one status after ``status``; None at the end of the loop."""
    i = STATUSES.index(status)
    return STATUSES[i + 1] if i + 1 < len(STATUSES) else None


def can_respond(viewer: Viewer) -> bool:
    return viewer.role in RESPONDERS


def advance(
    viewer: Viewer,
    signal_id: int,
    version: int,
    to_status: str,
    *,
    response: str | None = None,
    contract_talk_id: int | None = None,
) -> Change:
    """Move a signal one step forward.

    To 'besproken' a contract talk may be named; to 'beantwoord' a response is required (the one
    given here, or one written earlier); 'teruggekoppeld' records that the peer experts were told.
    """
    viewer.require(*RESPONDERS)
    with db.transaction(viewer.login) as tx:
        before = _current(tx, signal_id, version)
        status = before["status"]
        if to_status not in STATUSES:
            raise ValidationError(f"Onbekende status '{to_status}'.")
        if to_status != next_status(status):
            if STATUSES.index(to_status) <= STATUSES.index(status):
                raise ValidationError(
                    "Terugzetten kan alleen met een reden (gebruik 'Terugzetten')."
                )
            raise ValidationError(
                f"Een signaal gaat één stap tegelijk: na '{STATUS_LABELS[status]}' komt "
                f"'{STATUS_LABELS[next_status(status) or status]}'."
            )
        after = dict(before)
        after["status"] = to_status
        if contract_talk_id is not None:
            if to_status != "besproken":
                raise ValidationError("Een contractgesprek hoort bij de stap naar 'Besproken'.")
            after["contract_talk_id"] = contract_talk_id
        clean = (response or "").strip()
        if clean:
            _check_text(clean, "Het antwoord")
            after["response"] = clean
            after["responded_by"] = viewer.name
            after["responded_at"] = dt.datetime.now(dt.UTC)
        if to_status == "beantwoord" and not (after["response"] or "").strip():
            raise ValidationError("Schrijf eerst het antwoord op dit signaal.")
        after["fed_back"] = to_status == "teruggekoppeld"
        return _write(tx, before, after, reason="")


def move_back(viewer: Viewer, signal_id: int, version: int, to_status: str, reason: str) -> Change:
    """Move a signal back to an earlier status; the reason is required and kept."""
    viewer.require(*RESPONDERS)
    with db.transaction(viewer.login) as tx:
        before = _current(tx, signal_id, version)
        if to_status not in STATUSES:
            raise ValidationError(f"Onbekende status '{to_status}'.")
        if STATUSES.index(to_status) >= STATUSES.index(before["status"]):
            raise ValidationError("Terugzetten kan alleen naar een eerdere status.")
        clean = (reason or "").strip()
        if not clean:
            raise ValidationError("Geef een reden om het signaal terug te zetten.")
        _check_text(clean, "De reden")
        after = dict(before)
        after["status"] = to_status
        after["fed_back"] = False
        return _write(tx, before, after, reason=clean)


def respond(viewer: Viewer, signal_id: int, version: int, response: str) -> Change:
    """Write or rewrite the response without changing the status (also recorded as an event)."""
    viewer.require(*RESPONDERS)
    clean = (response or "").strip()
    with db.transaction(viewer.login) as tx:
        before = _current(tx, signal_id, version)
        if not clean:
            raise ValidationError("Het antwoord is leeg.")
        _check_text(clean, "Het antwoord")
        if clean == (before["response"] or ""):
            raise ValidationError("Het antwoord is niet veranderd.")
        after = dict(before)
        after.update(response=clean, responded_by=viewer.name, responded_at=dt.datetime.now(dt.UTC))
        return _write(tx, before, after, reason="antwoord geschreven")


def _check_text(value: str, what: str) -> None:
    if len(value) > MAX_TEXT:
        raise ValidationError(f"{what} is te lang (meer dan {MAX_TEXT} tekens).")


def _current(tx: db.Tx, signal_id: int, version: int) -> dict[str, Any]:
    rows = tx.frame("signal_state_by_id", signal_id=signal_id).to_dicts()
    if not rows:
        raise ValidationError("Dit signaal bestaat niet.")
    if rows[0]["version"] != version:
        raise ValidationError(CONFLICT)
    return rows[0]


def _write(tx: db.Tx, before: dict[str, Any], after: dict[str, Any], *, reason: str) -> Change:
    updated = tx.execute(
        "update_signal_state",
        signal_id=before["id"],
        version=before["version"],
        status=after["status"],
        response=after["response"],
        responded_by=after["responded_by"],
        responded_at=after["responded_at"],
        fed_back=after["fed_back"],
    )
    if updated != [(1,)]:
        raise ValidationError(CONFLICT)
    after["version"] = before["version"] + 1
    talk = after.get("contract_talk_id")
    if talk is not None:
        tx.execute(
            "insert_signal_discussion",
            signal_id=before["id"],
            contract_talk_id=talk,
            recorded_by=tx.actor,
        )
    tx.execute(
        "insert_signal_event",
        signal_id=before["id"],
        from_status=before["status"],
        to_status=after["status"],
        reason=reason,
        actor=tx.actor,
    )
    tx.audit("update", "signal", before["id"], before, after)
    return Change(int(before["id"]), str(after["status"]), int(after["version"]))


def status_summary(signals: pl.DataFrame) -> pl.DataFrame:
    """Signals per status (every status, zero included) and the oldest open age in days.

    Information, not a target: no norm is applied to either figure.
    """
    counts = {s: 0 for s in STATUSES}
    oldest: dict[str, int | None] = {s: None for s in STATUSES}
    for row in signals.select("status", "age_days").iter_rows(named=True):
        counts[row["status"]] += 1
        age = row["age_days"]
        if age is not None and (
            oldest[row["status"]] is None or age > (oldest[row["status"]] or 0)
        ):
            oldest[row["status"]] = age
    return pl.DataFrame(
        {
            "status": list(STATUSES),
            "label": [STATUS_LABELS[s] for s in STATUSES],
            "signals": [counts[s] for s in STATUSES],
            "oldest_age_days": [oldest[s] for s in STATUSES],
        },
        schema={
            "status": pl.String,
            "label": pl.String,
            "signals": pl.Int64,
            "oldest_age_days": pl.Int64,
        },
    )
