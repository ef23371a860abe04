"""Kick-off meetings (startbijeenkomsten) per municipality and the needs they inventoried."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from monitor import db, formatting
from monitor.access import Role, Viewer
from monitor.validation import ValidationError, collect

STATUS_LABELS = {"nog_te_plannen": "Nog te plannen", "gepland": "Gepland", "gehouden": "Gehouden"}
MAX_TEXT = 5000


@dataclass(frozen=True)
class KickoffInput:
    municipality_code: str
    status: str
    planned_date: dt.date | None = None
    held_date: dt.date | None = None
    stakeholders: str = ""
    summary: str = ""


@dataclass(frozen=True)
class NeedInput:
    municipality_code: str
    activity_type_code: str
    theme_code: str
    description: str
    setting_code: str | None = None
    sub_assignment_id: int | None = None


def _too_long(text: str, label: str) -> str | None:
    if len(text) > MAX_TEXT:
        return f"De tekst bij '{label}' is te lang (hoogstens {formatting.num(MAX_TEXT)} tekens)."
    return None


def validate_kickoff(data: KickoffInput, municipalities: set[str], today: dt.date) -> None:
    collect(
        [
            "Kies een van de 14 gemeenten van de regio."
            if data.municipality_code not in municipalities
            else None,
            "Kies een geldige stand van de startbijeenkomst."
            if data.status not in STATUS_LABELS
            else None,
            "Vul de geplande datum in."
            if data.status == "gepland" and not data.planned_date
            else None,
            "Vul de datum in waarop de startbijeenkomst is gehouden."
            if data.status == "gehouden" and not data.held_date
            else None,
            "Een startbijeenkomst kan niet in de toekomst gehouden zijn."
            if data.held_date and data.held_date > today
            else None,
            "Een datum van houden past alleen bij de stand 'Gehouden'."
            if data.held_date and data.status != "gehouden"
            else None,
            _too_long(data.stakeholders, "Aanwezige partners"),
            _too_long(data.summary, "Samenvatting"),
        ]
    )


def save_kickoff(viewer: Viewer, data: KickoffInput, today: dt.date | None = None) -> int:
    """Record or change the kick-off of a municipality; audited. Returns the kick-off id."""
    viewer.require(Role.COORDINATOR)
    data = KickoffInput(
        data.municipality_code,
        data.status,
        data.planned_date,
        data.held_date,
        data.stakeholders.strip(),
        data.summary.strip(),
    )
    rows = db.read("kickoffs_by_municipality")
    validate_kickoff(data, set(rows.get_column("municipality_code")), today or dt.date.today())
    values = asdict(data)
    with db.transaction(actor=viewer.login) as tx:
        current = _kickoff_row(tx, data.municipality_code)
        if current["kickoff_id"] is None:
            row = tx.one("insert_kickoff", **values)
            if row is None:
                raise RuntimeError("insert_kickoff returned no id")
            kickoff_id = int(row[0])
            tx.audit("create", "kickoff", kickoff_id, None, values)
        else:
            kickoff_id = int(current["kickoff_id"])
            before = {k: current[k] for k in values}
            if before == values:
                raise ValidationError("Er is niets gewijzigd.")
            values.pop("municipality_code")
            tx.execute("update_kickoff", id=kickoff_id, **values)
            tx.audit("update", "kickoff", kickoff_id, before, asdict(data))
    return kickoff_id


def _kickoff_row(tx: db.Tx, municipality_code: str) -> dict[str, Any]:
    rows = tx.frame("kickoffs_by_municipality").to_dicts()
    return next(r for r in rows if r["municipality_code"] == municipality_code)


def save_need(viewer: Viewer, need_id: int | None, data: NeedInput) -> int:
    """Add a need to a municipality's kick-off, or change one (incl. its sub-assignment)."""
    viewer.require(Role.COORDINATOR)
    data = NeedInput(
        data.municipality_code,
        data.activity_type_code,
        data.theme_code,
        data.description.strip(),
        data.setting_code or None,
        data.sub_assignment_id,
    )
    vocab: dict[str, set[str]] = {}
    for kind, code, _, _ in db.read("sub_assignment_vocabulary_by_kind").iter_rows():
        vocab.setdefault(kind, set()).add(code)
    sub = None
    if data.sub_assignment_id is not None:
        found = db.read("sub_assignment_detail", id=data.sub_assignment_id).to_dicts()
        sub = found[0] if found else None
    collect(
        [
            "Beschrijf de behoefte." if not data.description else None,
            _too_long(data.description, "Behoefte"),
            "Kies een rol." if data.activity_type_code not in vocab.get("role", set()) else None,
            "Kies een thema." if data.theme_code not in vocab.get("theme", set()) else None,
            "Kies een geldige vindplek."
            if data.setting_code is not None
            and data.setting_code not in vocab.get("setting", set())
            else None,
            "Deze deelopdracht bestaat niet."
            if data.sub_assignment_id is not None and sub is None
            else None,
            "Deze deelopdracht hoort bij een andere gemeente; kies een deelopdracht van deze "
            "gemeente of van de regio."
            if sub is not None and sub["municipality_code"] not in (None, data.municipality_code)
            else None,
        ]
    )
    values = {k: v for k, v in asdict(data).items() if k != "municipality_code"}
    with db.transaction(actor=viewer.login) as tx:
        kickoff = _kickoff_row(tx, data.municipality_code)
        if kickoff["kickoff_id"] is None:
            raise ValidationError("Leg eerst de startbijeenkomst van deze gemeente vast.")
        needs = tx.frame("kickoff_needs_by_municipality", municipality=data.municipality_code)
        if need_id is None:
            row = tx.one("insert_kickoff_need", kickoff_id=kickoff["kickoff_id"], **values)
            if row is None:
                raise RuntimeError("insert_kickoff_need returned no id")
            need_id = int(row[0])
            tx.audit("create", "kickoff_need", need_id, None, values)
            return need_id
        before = [r for r in needs.to_dicts() if r["id"] == need_id]
        if not before:
            raise ValidationError(
                "Deze behoefte hoort niet bij de startbijeenkomst van deze gemeente."
            )
        old = {k: before[0][k] for k in values}
        if old == values:
            raise ValidationError("Er is niets gewijzigd.")
        tx.execute("update_kickoff_need", id=need_id, **values)
        tx.audit("update", "kickoff_need", need_id, old, values)
    return need_id
