"""Making sense together: story rounds, interpretations of trends, context events, the status
of half-years (with the lock on definitive ones) and questions on notes.

Every function takes the ``Viewer``, checks the role here (not only in the UI), validates with
Dutch messages before anything is written, and writes in one audited transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from monitor import db, formatting, monitoring, periods
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError, collect

ROUND_STEPS = {"voorstellen": "selecteren", "selecteren": "afgerond"}
ROUND_LABELS = {
    "voorstellen": "Ervaringsdeskundigen stellen verhalen voor",
    "selecteren": "De begeleidingsgroep kiest en schrijft waarom",
    "afgerond": "Afgerond: de redenen zijn terug bij de schrijvers",
}
ANNOTATORS = (
    Role.PEER_EXPERT,
    Role.COORDINATOR,
    Role.CONTRACT_MANAGER,
    Role.ADVISORY_GROUP,
)
CONTEXTS = {"trends": "Trends verkennen", "wat_komt_op": "Wat komt op?", "rapport": "Rapport"}
MIN_INTERPRETATIONS = 2
MAX_TEXT = 4000


def _text(value: str, what: str, limit: int = MAX_TEXT) -> str | None:
    if not value or not value.strip():
        return f"Vul {what} in."
    if len(value) > limit:
        return f"{what.capitalize()} is te lang (meer dan {limit} tekens)."
    if any(ord(ch) < 32 and ch not in "\n\t\r" for ch in value):
        return f"{what.capitalize()} bevat onzichtbare stuurtekens."
    return None


def _half_year(code: str) -> periods.Period:
    try:
        period = periods.parse(code)
    except ValueError as exc:
        raise ValidationError(str(exc)) from exc
    if not code.endswith(("H1", "H2")):
        raise ValidationError("Kies een halfjaar, bijvoorbeeld 2025-H2.")
    return period


# --- Verhalenronde -------------------------------------------------------------------------


def round_for(period: str | None = None, round_id: int | None = None) -> dict[str, Any] | None:
    rows = db.read("story_round_detail", period=period, round_id=round_id).to_dicts()
    return rows[0] if rows else None


def _new_id(row: tuple[Any, ...] | None) -> int:
    if row is None:  # an insert ... returning always gives a row
        raise RuntimeError("insert returned no id")
    return int(row[0])


def open_round(viewer: Viewer, period: str, domain_kind: str, domains: list[str]) -> int:
    """The coördinator opens the story round of a half-year for the chosen domains."""
    viewer.require(Role.COORDINATOR)
    _half_year(period)
    if domain_kind not in ("meerwaarde", "thema"):
        raise ValidationError("Kies of de ronde over meerwaarde of over thema's gaat.")
    known = _domain_codes(domain_kind)
    collect(
        [
            None if domains else "Kies ten minste één domein voor de ronde.",
            *(f"Onbekend domein: {d}." for d in domains if d not in known),
            f"Voor {period} is al een verhalenronde geopend." if round_for(period=period) else None,
        ]
    )
    with db.transaction(viewer.login) as tx:
        round_id = _new_id(
            tx.one(
                "insert_story_round", period=period, domain_kind=domain_kind, opened_by=viewer.login
            )
        )
        for code in sorted(set(domains)):
            tx.execute("insert_story_round_domain", round_id=round_id, domain_code=code)
        tx.audit(
            "create", "story_round", round_id, None, {"period": period, "domains": sorted(domains)}
        )
    return round_id


def advance_round(viewer: Viewer, round_id: int, current: str) -> str:
    """Move a round one step on: voorstellen → selecteren → afgerond."""
    viewer.require(Role.COORDINATOR)
    if current not in ROUND_STEPS:
        raise ValidationError("Deze verhalenronde is al afgerond.")
    nxt = ROUND_STEPS[current]
    with db.transaction(viewer.login) as tx:
        changed = tx.execute(
            "update_story_round_status", round_id=round_id, from_status=current, to_status=nxt
        )
        if changed != [(1,)]:
            raise ValidationError(
                "De ronde is intussen door iemand anders gewijzigd; ververs de pagina."
            )
        tx.audit("update", "story_round", round_id, {"status": current}, {"status": nxt})
    return nxt


def propose(
    viewer: Viewer, round_id: int, note_id: int, domain_code: str, motivation: str = ""
) -> int:
    """A peer expert proposes one of their own quotable notes of the half-year for a domain."""
    viewer.require(Role.PEER_EXPERT)
    rnd = round_for(round_id=round_id)
    if rnd is None:
        raise ValidationError("Deze verhalenronde bestaat niet.")
    notes = db.read("note_for_proposal", note_id=note_id).to_dicts()
    note = notes[0] if notes else None
    period = periods.parse(rnd["period"])
    collect(
        [
            None
            if rnd["status"] == "voorstellen"
            else "Voorstellen kan alleen zolang de ronde open staat.",
            None if note else "Dit verhaal bestaat niet.",
            None
            if domain_code in (rnd["domain_codes"] or [])
            else "Dit domein hoort niet bij de ronde.",
            _text(motivation, "de toelichting") if motivation else None,
        ]
    )
    if note is None:
        raise ValidationError("Dit verhaal bestaat niet.")
    if note["peer_expert_id"] != viewer.peer_expert_id:
        raise AccessDenied("U kunt alleen uw eigen verhalen voorstellen.")
    collect(
        [
            None
            if note["visibility"] == "citeerbaar"
            else "Alleen verhalen die u citeerbaar hebt gemaakt kunnen worden voorgesteld.",
            None
            if period.contains(note["note_date"])
            else f"Dit verhaal is niet van het {period.label}.",
        ]
    )
    with db.transaction(viewer.login) as tx:
        try:
            row = tx.one(
                "insert_story_proposal",
                round_id=round_id,
                note_id=note_id,
                domain_code=domain_code,
                peer_expert_id=viewer.peer_expert_id,
                motivation=motivation.strip(),
            )
        except db.ConstraintError as exc:
            raise ValidationError("U hebt dit verhaal al voorgesteld voor dit domein.") from exc
        proposal_id = _new_id(row)
        tx.audit(
            "create",
            "story_proposal",
            proposal_id,
            None,
            {"note_id": note_id, "domain": domain_code},
        )
    return proposal_id


def select(viewer: Viewer, proposal_id: int, reason: str) -> None:
    """The begeleidingsgroep selects a proposed story and writes why."""
    viewer.require(Role.ADVISORY_GROUP)
    rows = db.read("story_proposal_detail", proposal_id=proposal_id).to_dicts()
    collect(
        [
            None if rows else "Dit voorstel bestaat niet.",
            _text(reason, "waarom dit verhaal is gekozen"),
        ]
    )
    proposal = rows[0]
    collect(
        [
            None
            if proposal["round_status"] == "selecteren"
            else "Kiezen kan alleen in de selectiefase van de ronde.",
            "Dit verhaal is al gekozen." if proposal["selected"] else None,
        ]
    )
    with db.transaction(viewer.login) as tx:
        tx.execute(
            "insert_story_selection",
            proposal_id=proposal_id,
            reason=reason.strip(),
            decided_by=viewer.name,
        )
        tx.audit("create", "story_selection", proposal_id, None, {"reason": reason.strip()})


def _domain_codes(kind: str) -> set[str]:
    table = "added_value_tags" if kind == "meerwaarde" else "themes"
    return set(db.cached_read("vocabulary_codes", kind=table).get_column("code").to_list())


# --- Duiding bij trends --------------------------------------------------------------------


def annotate(
    viewer: Viewer,
    context: str,
    period: str,
    subject: str,
    observation: str,
    interpretations: list[str],
) -> int:
    """Record an observed trend with at least two competing interpretations."""
    viewer.require(*ANNOTATORS)
    _half_year(period)
    given = [i for i in interpretations if i and i.strip()]
    collect(
        [
            None if context in CONTEXTS else "Onbekende plek voor een duiding.",
            _text(subject, "waar de trend over gaat", 200),
            _text(observation, "wat u ziet"),
            None
            if len(given) >= MIN_INTERPRETATIONS
            else (
                "Geef ten minste twee verschillende duidingen: eerst samen kijken wat het kan "
                "betekenen, dan pas conclusies."
            ),
            *(_text(i, "een duiding") for i in given),
            "De duidingen moeten van elkaar verschillen."
            if len({i.strip().lower() for i in given}) < len(given)
            else None,
        ]
    )
    with db.transaction(viewer.login) as tx:
        row = tx.one(
            "insert_trend_annotation",
            context=context,
            period=period,
            subject=subject.strip(),
            observation=observation.strip(),
            created_by=viewer.name,
        )
        annotation_id = _new_id(row)
        for body in given:
            tx.execute(
                "insert_trend_interpretation",
                annotation_id=annotation_id,
                body=body.strip(),
                author=viewer.name,
            )
        tx.audit(
            "create",
            "trend_annotation",
            annotation_id,
            None,
            {
                "subject": subject.strip(),
                "observation": observation.strip(),
                "interpretations": given,
            },
        )
    return annotation_id


def add_interpretation(viewer: Viewer, annotation_id: int, body: str) -> None:
    """Someone else adds their reading of an observed trend."""
    viewer.require(*ANNOTATORS)
    collect([_text(body, "uw duiding")])
    with db.transaction(viewer.login) as tx:
        try:
            tx.execute(
                "insert_trend_interpretation",
                annotation_id=annotation_id,
                body=body.strip(),
                author=viewer.name,
            )
        except db.ConstraintError as exc:
            raise ValidationError(
                "Deze duiding hoort bij een trend die niet (meer) bestaat."
            ) from exc
        tx.audit("create", "trend_interpretation", annotation_id, None, {"body": body.strip()})


def trend_annotations(
    period: str, context: str | None = None, *, for_report: bool = False
) -> list[dict[str, Any]]:
    """Annotated trends of a half-year; for the report only those with two interpretations."""
    rows = db.cached_read("trend_annotations_for_period", period=period, context=context).to_dicts()
    if for_report:
        rows = [r for r in rows if r["interpretation_count"] >= MIN_INTERPRETATIONS]
    return rows


# --- Context events on time charts ---------------------------------------------------------


def add_event(viewer: Viewer, event_date: dt.date, label: str, description: str = "") -> int:
    viewer.require(Role.COORDINATOR, Role.CONTRACT_MANAGER)
    collect(
        [
            _text(label, "een korte naam", 60),
            _text(description, "de toelichting") if description else None,
            None
            if event_date >= periods.CONTRACT_START - dt.timedelta(days=366)
            else "Die datum ligt ver voor het contract.",
        ]
    )
    with db.transaction(viewer.login) as tx:
        row = tx.one(
            "insert_context_event",
            event_date=event_date,
            label=label.strip(),
            description=description.strip(),
            created_by=viewer.name,
        )
        event_id = _new_id(row)
        tx.audit(
            "create", "context_event", event_id, None, {"date": event_date, "label": label.strip()}
        )
    return event_id


def delete_event(viewer: Viewer, event_id: int) -> None:
    viewer.require(Role.COORDINATOR, Role.CONTRACT_MANAGER)
    with db.transaction(viewer.login) as tx:
        rows = tx.execute("delete_context_event", id=event_id)
        if not rows:
            raise ValidationError("Deze gebeurtenis bestaat niet meer.")
        tx.audit(
            "delete", "context_event", event_id, {"date": rows[0][1], "label": rows[0][2]}, None
        )


def events() -> list[tuple[dt.date, str]]:
    """(date, label) of every context event, for the time charts."""
    return [(r["event_date"], r["label"]) for r in db.cached_read("context_events").to_dicts()]


# --- Period status and the lock on definitive half-years -----------------------------------


def statuses() -> dict[str, str]:
    """Half-year code -> 'voorlopig' or 'definitief' (a half-year without a row is voorlopig)."""
    return dict(db.cached_read("period_statuses").select("period", "status").iter_rows())


def status_of(period: str) -> str:
    return statuses().get(period, "voorlopig")


def set_status(
    viewer: Viewer, period: str, status: str, note: str = "", today: dt.date | None = None
) -> None:
    """The contract manager marks a half-year definitive (after the talk) or, with a reason, back."""
    viewer.require(Role.CONTRACT_MANAGER)
    p = _half_year(period)
    before = status_of(period)
    collect(
        [
            None if status in ("voorlopig", "definitief") else "Onbekende status.",
            None if status != before else f"Het {p.label} is al {status}.",
            f"Het {p.label} is nog niet voorbij."
            if status == "definitief" and p.end > (today or dt.date.today())
            else None,
            _text(note, "de reden om het halfjaar weer voorlopig te maken")
            if status == "voorlopig"
            else None,
        ]
    )
    with db.transaction(viewer.login) as tx:
        tx.execute(
            "upsert_period_status",
            period=period,
            status=status,
            decided_by=viewer.name,
            note=note.strip(),
        )
        tx.audit(
            "update",
            "period_status",
            period,
            {"status": before},
            {"status": status, "note": note.strip()},
        )


def locked_period(day: dt.date, current: Mapping[str, str] | None = None) -> periods.Period | None:
    """The definitive half-year containing ``day``, if any.

    ``current`` is the status per half-year as read inside a write transaction; by default the
    stored statuses are read.
    """
    p = periods.half_year_of(day)
    status = (statuses() if current is None else current).get(p.code, "voorlopig")
    return p if status == "definitief" else None


def locked_periods(
    days: Iterable[dt.date], current: Mapping[str, str] | None = None
) -> list[periods.Period]:
    """The definitive half-years among those of ``days``, in order."""
    current = statuses() if current is None else current
    return sorted({p.code: p for d in days if (p := locked_period(d, current))}.values())


def require_change_reason(days: list[dt.date], reason: str | None) -> str | None:
    """Refuse a change to activities in a definitive half-year unless a reason is given.

    Returns the reason (stripped) to record in the audit log, or None when no lock applies.
    """
    locked = locked_periods(days)
    if not locked:
        return None
    if not reason or not reason.strip():
        names = ", ".join(p.label for p in locked)
        raise ValidationError(
            f"De cijfers van het {names} zijn definitief. Een wijziging daarin kan alleen met een "
            "reden; die komt in het logboek."
        )
    return reason.strip()


# --- Questions on notes --------------------------------------------------------------------


def ask_question(viewer: Viewer, note_id: int, question: str) -> int:
    viewer.require(Role.COORDINATOR)
    notes = db.read("note_for_proposal", note_id=note_id).to_dicts()
    # A note the coördinator may not read (the author kept it to themselves) does not exist here.
    collect(
        [
            None if notes and notes[0]["visibility"] != "eigen" else "Dit verhaal bestaat niet.",
            _text(question, "uw vraag", 1000),
        ]
    )
    with db.transaction(viewer.login) as tx:
        try:
            row = tx.one(
                "insert_note_question",
                note_id=note_id,
                question=question.strip(),
                asked_by=viewer.name,
            )
        except db.ConstraintError as exc:
            raise ValidationError("Dit verhaal bestaat niet.") from exc
        question_id = _new_id(row)
        tx.audit(
            "create",
            "note_question",
            question_id,
            None,
            {"note_id": note_id, "question": question.strip()},
        )
    return question_id


def answer_question(viewer: Viewer, question_id: int, answer: str) -> None:
    viewer.require(Role.PEER_EXPERT)
    collect([_text(answer, "uw antwoord", 2000)])
    with db.transaction(viewer.login) as tx:
        rows = tx.execute(
            "answer_note_question",
            id=question_id,
            answer=answer.strip(),
            peer_expert_id=viewer.peer_expert_id,
        )
        if not rows:
            raise ValidationError("Deze vraag is al beantwoord of hoort niet bij uw verhalen.")
        tx.audit("update", "note_question", question_id, None, {"answer": answer.strip()})


# --- Wacht op mij --------------------------------------------------------------------------


@dataclass(frozen=True)
class Waiting:
    """One thing that waits for the viewer, with the page where it can be handled."""

    kind: str
    title: str
    detail: str
    page: str


def waiting_for(viewer: Viewer, today: dt.date | None = None) -> list[Waiting]:
    """What waits for this person, by role."""
    today = today or dt.date.today()
    items: list[Waiting] = []
    if viewer.role is Role.PEER_EXPERT and viewer.peer_expert_id is not None:
        since = dt.datetime.combine(today - dt.timedelta(days=90), dt.time(), tzinfo=dt.UTC)
        for r in db.cached_read(
            "waiting_for_peer_expert", peer_expert_id=viewer.peer_expert_id, since=since
        ).to_dicts():
            page = {"signaal": "pages/my_signals.py", "vraag": "pages/sensemaking.py"}.get(
                r["kind"], "pages/sensemaking.py"
            )
            items.append(Waiting(r["kind"], r["title"], r["detail"] or "", page))
    if viewer.role is Role.COORDINATOR:
        items += import_problems()
        items += _moments_to_discuss(today)
        for r in db.cached_read("open_story_rounds").to_dicts():
            if r["status"] == "voorstellen":
                items.append(
                    Waiting(
                        "verhalenronde",
                        f"Verhalenronde {r['period']} staat open voor voorstellen",
                        "Zet de ronde door naar de begeleidingsgroep als de voorstellen binnen zijn.",
                        "pages/sensemaking.py",
                    )
                )
    if viewer.role is Role.CONTRACT_MANAGER:
        for r in db.cached_read("signals_awaiting_response", today=today).to_dicts():
            items.append(
                Waiting(
                    "signaal",
                    r["title"],
                    f"{r['scope']} · {r['status']} · {r['age_days']} dagen geleden gemeld",
                    "pages/stories.py",
                )
            )
        for r in db.cached_read("agreements_due", until=today + dt.timedelta(days=30)).to_dicts():
            items.append(
                Waiting(
                    "afspraak",
                    r["description"],
                    f"{r['owner'] or 'geen eigenaar'} · uiterlijk {r['due_date']:%d-%m-%Y}",
                    "pages/contract_talk.py",
                )
            )
        for p in periods_to_close(today):
            items.append(
                Waiting(
                    "periode",
                    f"Cijfers van het {p.label} zijn nog voorlopig",
                    "Maak ze definitief na het contractgesprek.",
                    "pages/sensemaking.py",
                )
            )
    if viewer.role is Role.ADVISORY_GROUP:
        for r in db.cached_read("open_story_rounds").to_dicts():
            if r["status"] == "selecteren":
                items.append(
                    Waiting(
                        "verhalenronde",
                        f"Verhalenronde {r['period']}: kies de verhalen",
                        "Lees de voorstellen per domein en schrijf waarom u een verhaal kiest.",
                        "pages/sensemaking.py",
                    )
                )
    return items


def periods_to_close(today: dt.date) -> list[periods.Period]:
    """Ended half-years whose figures are still provisional."""
    current = statuses()
    return [
        p
        for p in periods.half_years(today)
        if p.end <= today and current.get(p.code) != "definitief"
    ]


def moments_to_discuss(today: dt.date) -> list[dict[str, Any]]:
    """Passed monitoring moments without a reflection, over every running sub-assignment."""
    found = []
    for sub in db.cached_read("monitoring_inputs").to_dicts():
        recorded = [(m["id"], m["due_date"], m["held_date"]) for m in sub["recorded"] or []]
        for m in monitoring.moments(
            sub["frequency"], sub["start_date"], sub["end_date"], today, recorded
        ):
            if m.state is monitoring.MomentState.TO_DISCUSS:
                found.append(
                    {"sub_assignment_id": sub["id"], "title": sub["title"], "due_date": m.due_date}
                )
    return sorted(found, key=lambda m: (m["due_date"], m["sub_assignment_id"]))


def _moments_to_discuss(today: dt.date) -> list[Waiting]:
    due = moments_to_discuss(today)
    shown = [
        Waiting(
            "monitoringsmoment",
            str(m["title"]),
            f"gepland op {m['due_date']:%d-%m-%Y}: nog te bespreken",
            "pages/sub_assignments.py",
        )
        for m in due[:8]
    ]
    if len(due) > len(shown):
        shown.append(
            Waiting(
                "monitoringsmoment",
                f"en nog {len(due) - len(shown)} andere momenten",
                "Zie Deelopdrachten.",
                "pages/sub_assignments.py",
            )
        )
    return shown


def import_problems(shown: int = 3) -> list[Waiting]:
    """Refused imports that no successful import has followed: nothing of them was written."""
    rows = db.cached_read("import_refusals_open").to_dicts()
    items = []
    for r in rows[:shown]:
        found = (
            f"{formatting.num(r['rows_refused'])} "
            f"{'rij' if r['rows_refused'] == 1 else 'rijen'} met fouten"
            if r["rows_refused"]
            else "het bestand als geheel geweigerd"
        )
        first = (r["reasons"] or [""])[0]
        items.append(
            Waiting(
                "import",
                f"{r['filename']} is niet ingelezen",
                f"{formatting.moment(r['attempted_at'])}, {r['attempted_by']}: "
                f"{found}. {first} Er is niets ingelezen; verbeter het bestand en lees het "
                "opnieuw in.",
                "pages/import_data.py",
            )
        )
    if len(rows) > shown:
        items.append(
            Waiting(
                "import",
                f"en nog {formatting.num(len(rows) - shown)} geweigerde bestanden",
                "Zie Importeren.",
                "pages/import_data.py",
            )
        )
    return items
