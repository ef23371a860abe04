"""Contract talks: record a talk in one validated, audited transaction, and follow up agreements.

A talk holds the municipalities that were represented, the discussion, agreements and actions
(owner, due date), agreed deviations from the key (municipality, reason, period) and responses to
signals. A response moves the signal to 'beantwoord' through the same steps as the signal board
(nieuw → besproken → beantwoord), each with a ``signal_event`` and an audit row.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from monitor import db, formatting, periods, personal_data
from monitor.access import Role, Viewer
from monitor.validation import ValidationError

WRITERS = (Role.CONTRACT_MANAGER,)
READERS = (Role.CONTRACT_MANAGER, Role.COORDINATOR, Role.ADVISORY_GROUP)
MAX_TEXT = 20000
KIND_LABELS = {
    "afspraak": "Afspraak",
    "actie": "Actie",
    "afwijking_verdeelsleutel": "Afwijking verdeelsleutel",
}
EVENT_LABELS = {
    "vastgelegd": "Vastgelegd in het contractgesprek",
    "voortgang": "Voortgang",
    "afgerond": "Afgerond",
}


@dataclass(frozen=True)
class AgreementInput:
    description: str
    owner: str
    due_date: dt.date | None = None
    kind: str = "afspraak"  # 'afspraak' or 'actie'


@dataclass(frozen=True)
class DeviationInput:
    municipality_code: str
    reason: str
    period_start: dt.date | None
    period_end: dt.date | None = None
    description: str = ""


@dataclass(frozen=True)
class SignalResponseInput:
    signal_id: int
    version: int
    response: str


@dataclass(frozen=True)
class TalkInput:
    talk_date: dt.date
    title: str = ""
    municipalities: list[str] = field(default_factory=list)
    discussion: str = ""
    agreements: list[AgreementInput] = field(default_factory=list)
    deviations: list[DeviationInput] = field(default_factory=list)
    responses: list[SignalResponseInput] = field(default_factory=list)


def municipalities() -> dict[str, str]:
    """Code → name of the 14 municipalities, by name."""
    rows = db.read(
        "report_deployment_by_municipality",
        start=periods.CONTRACT_START,
        end=periods.CONTRACT_START,
    ).to_dicts()
    return {
        str(r["municipality_code"]): str(r["municipality_name"])
        for r in rows
        if r["municipality_code"]
    }


def _text_problems(text: str, what: str) -> list[str]:
    problems = []
    if len(text) > MAX_TEXT:
        problems.append(f"{what} is te lang (meer dan {formatting.num(MAX_TEXT)} tekens).")
    problems += personal_data.refusals(text, what)
    return problems


def validate(talk: TalkInput, *, today: dt.date | None = None) -> list[str]:
    """Every problem with a talk to record, as Dutch sentences; empty when it can be saved."""
    today = today or dt.date.today()
    names = municipalities()
    problems: list[str] = []
    if talk.talk_date > today:
        problems.append(
            "De datum van het gesprek ligt in de toekomst: leg een gesprek vast als het is gehouden."
        )
    if talk.talk_date < periods.CONTRACT_START:
        problems.append("De datum ligt voor het begin van het contract (1 januari 2024).")
    unknown = [c for c in talk.municipalities if c not in names]
    if unknown:
        problems.append(f"Onbekende gemeente(n): {', '.join(unknown)}.")
    if len(set(talk.municipalities)) != len(talk.municipalities):
        problems.append("Een gemeente staat dubbel bij de aanwezigen.")
    problems += _text_problems(talk.title, "De titel")
    problems += _text_problems(talk.discussion, "Het verslag")
    for i, a in enumerate(talk.agreements, start=1):
        label = f"Afspraak {i}"
        if a.kind not in ("afspraak", "actie"):
            problems.append(f"{label}: onbekende soort '{a.kind}'.")
        if not a.description.strip():
            problems.append(f"{label}: beschrijf wat is afgesproken.")
        if not a.owner.strip():
            problems.append(f"{label}: wie is eigenaar?")
        if a.due_date is not None and a.due_date < talk.talk_date:
            problems.append(f"{label}: de datum 'klaar op' ligt voor het gesprek.")
        problems += _text_problems(a.description, f"{label}")
        problems += _text_problems(a.owner, f"{label} (eigenaar)")
    for i, d in enumerate(talk.deviations, start=1):
        label = f"Afwijking {i}"
        if d.municipality_code not in names:
            problems.append(f"{label}: kies een gemeente.")
        if not d.reason.strip():
            problems.append(f"{label}: geef de reden van de afwijking.")
        if d.period_start is None:
            problems.append(f"{label}: kies het begin van de periode.")
        elif d.period_end is not None and d.period_end <= d.period_start:
            problems.append(f"{label}: het einde van de periode ligt niet na het begin.")
        problems += _text_problems(d.reason, f"{label} (reden)")
        problems += _text_problems(d.description, f"{label} (omschrijving)")
    seen: set[int] = set()
    for r in talk.responses:
        if r.signal_id in seen:
            problems.append(f"Signaal {r.signal_id} heeft twee antwoorden.")
        seen.add(r.signal_id)
        if not r.response.strip():
            problems.append(f"Signaal {r.signal_id}: het antwoord is leeg.")
        problems += _text_problems(r.response, f"Het antwoord op signaal {r.signal_id}")
    return problems


def record_talk(viewer: Viewer, talk: TalkInput, *, today: dt.date | None = None) -> int:
    """Record a contract talk with everything agreed in it; returns the talk id."""
    viewer.require(*WRITERS)
    problems = validate(talk, today=today)
    if problems:
        raise ValidationError(problems)
    names = municipalities()
    title = talk.title.strip() or f"Contractgesprek {formatting.date(talk.talk_date)}"
    with db.transaction(actor=viewer.login) as tx:
        row = tx.one(
            "insert_contract_talk",
            talk_date=talk.talk_date,
            title=title,
            discussion=talk.discussion.strip(),
            recorded_by=viewer.name,
        )
        if row is None:
            raise RuntimeError("contract_talk insert returned no id")
        talk_id = int(row[0])
        for code in talk.municipalities:
            tx.execute(
                "insert_contract_talk_attendance", contract_talk_id=talk_id, municipality_code=code
            )
        agreement_ids = []
        for a in talk.agreements:
            agreement_ids.append(
                _insert_agreement(
                    tx,
                    talk_id,
                    kind=a.kind,
                    description=a.description.strip(),
                    owner=a.owner.strip(),
                    due_date=a.due_date,
                    municipality_code=None,
                    period_start=None,
                    period_end=None,
                    reason="",
                )
            )
        for d in talk.deviations:
            agreement_ids.append(
                _insert_agreement(
                    tx,
                    talk_id,
                    kind="afwijking_verdeelsleutel",
                    description=d.description.strip()
                    or f"Afwijking van de verdeelsleutel voor {names[d.municipality_code]}",
                    owner="",
                    due_date=None,
                    municipality_code=d.municipality_code,
                    period_start=d.period_start,
                    period_end=d.period_end,
                    reason=d.reason.strip(),
                )
            )
        for r in talk.responses:
            _answer_signal(tx, viewer, talk_id, r)
        tx.audit(
            "create",
            "contract_talk",
            talk_id,
            None,
            {
                "talk_date": talk.talk_date,
                "title": title,
                "municipalities": sorted(talk.municipalities),
                "discussion": talk.discussion.strip(),
                "agreement_ids": agreement_ids,
                "signals_answered": [r.signal_id for r in talk.responses],
            },
        )
    return talk_id


def _insert_agreement(tx: db.Tx, talk_id: int, **values: Any) -> int:
    row = tx.one("insert_agreement", contract_talk_id=talk_id, **values)
    if row is None:
        raise RuntimeError("agreement insert returned no id")
    agreement_id = int(row[0])
    tx.execute(
        "insert_agreement_event",
        agreement_id=agreement_id,
        event="vastgelegd",
        note="",
        actor=tx.actor,
    )
    tx.audit("create", "agreement", agreement_id, None, {"contract_talk_id": talk_id, **values})
    return agreement_id


def _answer_signal(tx: db.Tx, viewer: Viewer, talk_id: int, r: SignalResponseInput) -> None:
    rows = tx.frame("signal_state_by_id", signal_id=r.signal_id).to_dicts()
    if not rows:
        raise ValidationError(f"Signaal {r.signal_id} bestaat niet.")
    state = rows[0]
    if state["version"] != r.version:
        raise ValidationError(
            f"Signaal {r.signal_id} is intussen gewijzigd. Bekijk de nieuwe stand en leg het "
            "gesprek opnieuw vast."
        )
    if state["status"] not in ("nieuw", "besproken"):
        raise ValidationError(f"Signaal {r.signal_id} is al beantwoord.")
    response = r.response.strip()
    status_before = str(state["status"])
    now = dt.datetime.now(dt.UTC)
    steps = (["besproken"] if status_before == "nieuw" else []) + ["beantwoord"]
    current = dict(state)
    tx.execute(
        "insert_signal_discussion",
        signal_id=r.signal_id,
        contract_talk_id=talk_id,
        recorded_by=tx.actor,
    )
    for step in steps:
        after = dict(current)
        after["status"] = step
        if step == "beantwoord":
            after.update(response=response, responded_by=viewer.name, responded_at=now)
        updated = tx.execute(
            "update_signal_state",
            signal_id=r.signal_id,
            version=current["version"],
            status=after["status"],
            response=after["response"],
            responded_by=after["responded_by"],
            responded_at=after["responded_at"],
            fed_back=False,
        )
        if updated != [(1,)]:
            raise ValidationError(f"Signaal {r.signal_id} is intussen gewijzigd.")
        after["version"] = current["version"] + 1
        tx.execute(
            "insert_signal_event",
            signal_id=r.signal_id,
            from_status=current["status"],
            to_status=step,
            reason=f"contractgesprek {talk_id}",
            actor=tx.actor,
        )
        tx.audit("update", "signal", r.signal_id, current, after)
        current = after
    tx.execute(
        "insert_contract_talk_signal_response",
        contract_talk_id=talk_id,
        signal_id=r.signal_id,
        status_before=status_before,
        response=response,
    )


def _open_agreement(tx: db.Tx, agreement_id: int) -> dict[str, Any]:
    rows = tx.frame("agreement_by_id", agreement_id=agreement_id).to_dicts()
    if not rows:
        raise ValidationError("Deze afspraak bestaat niet.")
    if rows[0]["status"] != "open":
        raise ValidationError("Deze afspraak is al afgerond.")
    return rows[0]


def close_agreement(viewer: Viewer, agreement_id: int, outcome: str) -> None:
    """Close an open agreement with a note on what came of it."""
    viewer.require(*WRITERS)
    clean = outcome.strip()
    problems = [] if clean else ["Schrijf op wat er van de afspraak is gekomen."]
    problems += _text_problems(clean, "De uitkomst")
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor=viewer.login) as tx:
        before = _open_agreement(tx, agreement_id)
        if tx.execute("update_agreement_close", agreement_id=agreement_id, outcome=clean) != [(1,)]:
            raise ValidationError("Deze afspraak is al afgerond.")
        tx.execute(
            "insert_agreement_event",
            agreement_id=agreement_id,
            event="afgerond",
            note=clean,
            actor=tx.actor,
        )
        tx.audit(
            "update",
            "agreement",
            agreement_id,
            before,
            {**before, "status": "afgerond", "outcome": clean},
        )


def add_progress(viewer: Viewer, agreement_id: int, note: str) -> None:
    """Add a progress note to an open agreement's history."""
    viewer.require(*WRITERS)
    clean = note.strip()
    problems = [] if clean else ["De notitie is leeg."]
    problems += _text_problems(clean, "De notitie")
    if problems:
        raise ValidationError(problems)
    with db.transaction(actor=viewer.login) as tx:
        _open_agreement(tx, agreement_id)
        row = tx.one(
            "insert_agreement_event",
            agreement_id=agreement_id,
            event="voortgang",
            note=clean,
            actor=tx.actor,
        )
        tx.audit(
            "create",
            "agreement_event",
            row[0] if row else None,
            None,
            {"agreement_id": agreement_id, "note": clean},
        )


def talks() -> list[dict[str, Any]]:
    return db.read("contract_talks_list").to_dicts()


def talk_detail(talk_id: int) -> dict[str, Any] | None:
    """A talk as recorded: the talk, its agreements and the signal responses given in it."""
    rows = db.read("contract_talk_by_id", contract_talk_id=talk_id).to_dicts()
    if not rows:
        return None
    return {
        **rows[0],
        "agreements": db.read("agreements_for_contract_talk", contract_talk_id=talk_id).to_dicts(),
        "responses": db.read(
            "signal_responses_for_contract_talk", contract_talk_id=talk_id
        ).to_dicts(),
    }


def open_agreements() -> list[dict[str, Any]]:
    """Open agreements across talks, each with its history."""
    rows = db.read("agreements_open").to_dicts()
    for r in rows:
        r["events"] = db.read("agreement_events_by_agreement", agreement_id=r["id"]).to_dicts()
    return rows


def awaiting_signals() -> list[dict[str, Any]]:
    """Signals awaiting discussion or a response (nieuw, besproken), with their version."""
    return db.read("signals_for_contract_talk").to_dicts()


def talk_from_form(
    *,
    talk_date: dt.date,
    title: str,
    municipalities: list[str],
    discussion: str,
    agreements: list[tuple[str, str, str, dt.date | None]],
    deviations: list[tuple[str, str, dt.date | None, dt.date | None]],
    responses: list[tuple[int, int, str]],
) -> TalkInput:
    """A talk from the form's fixed slots; slots left entirely empty are ignored."""
    return TalkInput(
        talk_date=talk_date,
        title=title,
        municipalities=list(municipalities),
        discussion=discussion,
        agreements=[
            AgreementInput(description=text, owner=owner, due_date=due, kind=kind)
            for kind, text, owner, due in agreements
            if text.strip() or owner.strip() or due is not None
        ],
        deviations=[
            DeviationInput(
                municipality_code=code, reason=reason, period_start=start, period_end=end
            )
            for code, reason, start, end in deviations
            if code or reason.strip() or start is not None or end is not None
        ],
        responses=[
            SignalResponseInput(signal_id=sid, version=version, response=text)
            for sid, version, text in responses
            if text.strip()
        ],
    )


def agreements_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """Agreements of a talk as a table of Dutch text."""

    def period(r: dict[str, Any]) -> str:
        if r["period_start"] is None:
            return ""
        end = f" tot {formatting.date(r['period_end'])}" if r["period_end"] else ""
        return formatting.date(r["period_start"]) + end

    return pl.DataFrame(
        {
            "Soort": [KIND_LABELS[r["kind"]] for r in rows],
            "Omschrijving": [r["description"] for r in rows],
            "Eigenaar": [r["owner"] for r in rows],
            "Klaar op": [formatting.date(r["due_date"]) if r["due_date"] else "" for r in rows],
            "Gemeente": [r["municipality_name"] or "" for r in rows],
            "Reden": [r["reason"] for r in rows],
            "Periode": [period(r) for r in rows],
            "Status": ["Afgerond" if r["status"] == "afgerond" else "Open" for r in rows],
            "Uitkomst": [r["outcome"] or "" for r in rows],
        },
        schema=dict.fromkeys(
            [
                "Soort",
                "Omschrijving",
                "Eigenaar",
                "Klaar op",
                "Gemeente",
                "Reden",
                "Periode",
                "Status",
                "Uitkomst",
            ],
            pl.String,
        ),
    )
