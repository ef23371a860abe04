"""Registering activities and narrative notes: validation, save, edit and delete.

Every write takes the ``Viewer``, checks permission here (not only in the UI), validates inside
its transaction before writing (Dutch ``ValidationError``; a refusal changes nothing) and audits
with before/after. The page ``pages/register.py`` and the importer call these functions.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

import polars as pl

from monitor import db, formatting, periods, personal_data, sensemaking
from monitor.access import POOL_TEAM, AccessDenied, Role, Viewer
from monitor.validation import ValidationError, collect

FORMS: dict[str, str] = {
    "individueel": "Individueel",
    "groep": "Groep",
    "open": "Open (inloop)",
}
CARE_RELATIONS: dict[str, str] = {
    "naast": "Naast professionele zorg",
    "in_plaats_van": "In plaats van professionele zorg",
    "ter_voorkoming_van": "Ter voorkoming van professionele zorg",
    "nazorg": "Nazorg na professionele zorg",
}
LEVELS: dict[str, str] = {"ik": "ik-verhaal", "wij": "wij-verhaal"}
VISIBILITIES: dict[str, str] = {
    "eigen": "Alleen ik",
    "pool": "Het team van de pool",
    "begeleiding": "Ook contractmanager en begeleidingsgroep",
    "citeerbaar": "Citeerbaar in rapportages, ook voor gemeenten",
}
VISIBILITY_HELP: dict[str, str] = {
    "eigen": "Niemand anders leest het.",
    "pool": "De andere ervaringsdeskundigen en de coördinator.",
    "begeleiding": "Ook de contractmanager van de MGR en de begeleidingsgroep.",
    "citeerbaar": "Mag als citaat in een rapportage; gemeenten lezen het mee.",
}
SIGNAL_TYPES: dict[str, str] = {
    "trend": "Trend of ontwikkeling",
    "aanbod_gemist": "Aanbod gemist",
    "knelpunt_beleid": "Knelpunt in beleid",
    "onbedoelde_uitsluiting": "Onbedoelde uitsluiting of stigma",
    "goed_voorbeeld": "Goed voorbeeld",
}
SIGNAL_SCOPES: dict[str, str] = {"gemeente": "Deze gemeente", "regio": "De hele regio"}

MAX_BODY = 20_000
MAX_TITLE = 200
MAX_DESCRIPTION = 5_000
MAX_RESIDENTS = 10_000
MAX_HOURS = Decimal(24)
_CENT = Decimal("0.01")


class ConflictError(ValidationError):
    """Someone else changed or deleted the row since the editor read it."""

    def __init__(self, message: str, current: Mapping[str, Any] | None) -> None:
        super().__init__(message)
        self.current = dict(current) if current is not None else None


@dataclass(frozen=True)
class ActivityInput:
    activity_date: dt.date
    peer_expert_id: int
    municipality_code: str | None
    sub_assignment_id: int | None
    activity_type_code: str
    form: str
    theme_codes: tuple[str, ...]
    residents_reached: int
    residents_estimated: bool
    hours: Decimal | float | int
    care_relation: str | None = None
    setting_code: str | None = None


@dataclass(frozen=True)
class SignalInput:
    signal_type: str
    scope: str
    title: str
    description: str
    theme_codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoteInput:
    note_date: dt.date
    peer_expert_id: int
    municipality_code: str | None
    sub_assignment_id: int | None
    level: str
    body: str
    visibility: str
    theme_codes: tuple[str, ...] = ()
    tag_codes: tuple[str, ...] = ()
    setting_code: str | None = None
    signal: SignalInput | None = None


@dataclass(frozen=True)
class SavedNote:
    note_id: int
    signal_id: int | None
    hints: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """Everything validation checks against, read once per transaction (or import)."""

    vocab: dict[str, dict[str, str]]
    descriptions: dict[str, dict[str, str]]
    peer_experts: dict[int, dict[str, Any]]
    sub_assignments: dict[int, dict[str, Any]]

    @classmethod
    def load(cls, read: Callable[..., pl.DataFrame]) -> Context:
        vocab: dict[str, dict[str, str]] = {}
        descriptions: dict[str, dict[str, str]] = {}
        for row in read("vocabulary_for_registration").iter_rows(named=True):
            vocab.setdefault(row["kind"], {})[row["code"]] = row["label"]
            descriptions.setdefault(row["kind"], {})[row["code"]] = row["description"]
        peers = {r["id"]: r for r in read("peer_experts_for_registration").iter_rows(named=True)}
        subs = {r["id"]: r for r in read("sub_assignments_for_registration").iter_rows(named=True)}
        return cls(vocab, descriptions, peers, subs)

    def label(self, kind: str, code: str | None) -> str:
        if code is None:
            return "Regio" if kind == "municipality" else "–"
        return self.vocab.get(kind, {}).get(code, code)


def context() -> Context:
    """The validation context outside a transaction (forms, previews)."""
    return Context.load(db.cached_read)


# --- permissions -------------------------------------------------------------------------


def require_may_register(viewer: Viewer, peer_expert_id: int) -> None:
    """Peer experts register for themselves only; the coördinator for any peer expert."""
    viewer.require(*POOL_TEAM)
    if viewer.role == Role.PEER_EXPERT and peer_expert_id != viewer.peer_expert_id:
        raise AccessDenied("Je kunt alleen voor jezelf registreren.")


def is_author(viewer: Viewer, row: Mapping[str, Any]) -> bool:
    """The peer expert it belongs to, or the user who registered it on their behalf."""
    own = viewer.peer_expert_id is not None and row["peer_expert_id"] == viewer.peer_expert_id
    return bool(own or row["created_by"] == viewer.login)


def _require_author(viewer: Viewer, row: Mapping[str, Any], what: str) -> None:
    viewer.require(*POOL_TEAM)
    if not is_author(viewer, row):
        raise AccessDenied(f"Alleen de auteur kan {what} wijzigen of verwijderen.")


# --- validation --------------------------------------------------------------------------


def _date_problems(day: dt.date, today: dt.date) -> list[str]:
    if day > today:
        return [
            f"De datum ligt in de toekomst ({formatting.date(day)}). Registreer wat al gebeurd is."
        ]
    if day < periods.CONTRACT_START:
        return [
            f"De datum ligt voor de start van de pool ({formatting.date(periods.CONTRACT_START)})."
        ]
    return []


def _peer_expert_problems(peer_expert_id: int, day: dt.date, ctx: Context) -> list[str]:
    pe = ctx.peer_experts.get(peer_expert_id)
    if pe is None:
        return ["Deze ervaringsdeskundige is onbekend."]
    if day < pe["active_from"]:
        return [
            f"{pe['display_name']} is pas sinds {formatting.date(pe['active_from'])} actief "
            "in de pool; kies een latere datum."
        ]
    if pe["active_to"] is not None and day > pe["active_to"]:
        return [
            f"{pe['display_name']} was na {formatting.date(pe['active_to'])} niet meer actief "
            "in de pool."
        ]
    return []


def _place_problems(
    municipality_code: str | None, sub_assignment_id: int | None, day: dt.date, ctx: Context
) -> list[str]:
    problems = []
    if municipality_code is not None and municipality_code not in ctx.vocab["municipality"]:
        problems.append(
            f"Gemeente '{municipality_code}' hoort niet bij de 14 gemeenten van de regio. "
            "Kies een gemeente uit de lijst of 'Regio'."
        )
    if sub_assignment_id is None:
        return problems
    sub = ctx.sub_assignments.get(sub_assignment_id)
    if sub is None:
        return [*problems, f"Deelopdracht {sub_assignment_id} bestaat niet."]
    title = sub["title"]
    # A finished or stopped sub-assignment still takes late entries dated inside its period.
    if sub["status"] == "in_voorbereiding" or (
        sub["status"] != "actief" and sub["end_date"] is None
    ):
        problems.append(
            f"Deelopdracht '{title}' is niet actief (status: {sub['status'].replace('_', ' ')})."
        )
    elif day < sub["start_date"] or (sub["end_date"] is not None and day > sub["end_date"]):
        until = (
            f"tot en met {formatting.date(sub['end_date'])}"
            if sub["end_date"] is not None
            else "zonder einddatum"
        )
        problems.append(
            f"De datum {formatting.date(day)} valt buiten de looptijd van deelopdracht "
            f"'{title}' (vanaf {formatting.date(sub['start_date'])}, {until})."
        )
    if sub["municipality_code"] is not None and sub["municipality_code"] != municipality_code:
        chosen = ctx.label("municipality", municipality_code)
        problems.append(
            f"Deelopdracht '{title}' hoort bij {sub['municipality_name']}, niet bij {chosen}. "
            f"Kies {sub['municipality_name']} of een andere deelopdracht."
        )
    return problems


def _code_problems(kind: str, codes: Iterable[str | None], ctx: Context, noun: str) -> list[str]:
    known = ctx.vocab.get(kind, {})
    return [f"Onbekend {noun}: '{c}'." for c in codes if c is not None and c not in known]


def as_hours(value: Decimal | float | int | str) -> Decimal | None:
    """Hours as a Decimal with at most two decimals; None when it is not a number."""
    try:
        hours = Decimal(str(value).replace(",", "."))
    except InvalidOperation:
        return None
    if not hours.is_finite():
        return None
    return hours.quantize(_CENT)


def activity_problems(data: ActivityInput, ctx: Context, today: dt.date) -> list[str]:
    """Every Dutch reason to refuse this activity; empty when it may be saved."""
    problems = _date_problems(data.activity_date, today)
    problems += _peer_expert_problems(data.peer_expert_id, data.activity_date, ctx)
    problems += _place_problems(
        data.municipality_code, data.sub_assignment_id, data.activity_date, ctx
    )
    problems += _code_problems("activity_type", [data.activity_type_code], ctx, "soort activiteit")
    if data.form not in FORMS:
        problems.append(f"Onbekende vorm: '{data.form}'. Kies individueel, groep of open.")
    problems += _code_problems("theme", data.theme_codes, ctx, "thema")
    if data.residents_reached < 0:
        problems.append("Het aantal bereikte inwoners kan niet negatief zijn.")
    elif data.residents_reached > MAX_RESIDENTS:
        problems.append(
            f"{formatting.num(data.residents_reached)} bereikte inwoners bij één activiteit is "
            "niet aannemelijk. Controleer het aantal."
        )
    hours = as_hours(data.hours)
    if hours is None or (isinstance(data.hours, float) and math.isnan(data.hours)):
        problems.append("Het aantal uren is geen getal.")
    elif hours < 0:
        problems.append("Het aantal uren kan niet negatief zijn.")
    elif hours > MAX_HOURS:
        problems.append(
            f"Meer dan 24 uur op één dag kan niet (ingevuld: {formatting.dec(hours, 2)} uur)."
        )
    if data.care_relation is not None and data.care_relation not in CARE_RELATIONS:
        problems.append(f"Onbekende relatie met professionele zorg: '{data.care_relation}'.")
    problems += _code_problems("setting", [data.setting_code], ctx, "vindplek")
    return problems


# Control characters (other than tab and line breaks) and bidirectional overrides: invisible,
# they can hide or reorder text in every view and export that shows it.
_HIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _text_problems(text: str, noun: str, limit: int, field: str | None) -> list[str]:
    if not text.strip():
        return [f"{noun} is leeg."]
    if _HIDDEN.search(text):
        return [
            f"{noun} bevat onzichtbare stuurtekens (vaak meegekomen bij kopiëren en plakken). "
            "Typ de tekst opnieuw of plak hem eerst in een eenvoudige teksteditor."
        ]
    if len(text) > limit:
        return [
            f"{noun} is te lang ({formatting.num(len(text))} tekens; maximaal "
            f"{formatting.num(limit)})."
        ]
    return personal_data.refusals(text, field=field)


def note_problems(data: NoteInput, ctx: Context, today: dt.date) -> list[str]:
    """Every Dutch reason to refuse this note (and its signal); empty when it may be saved."""
    problems = _date_problems(data.note_date, today)
    problems += _peer_expert_problems(data.peer_expert_id, data.note_date, ctx)
    problems += _place_problems(data.municipality_code, data.sub_assignment_id, data.note_date, ctx)
    if data.level not in LEVELS:
        problems.append(f"Onbekend soort verhaal: '{data.level}'. Kies ik-verhaal of wij-verhaal.")
    if data.visibility not in VISIBILITIES:
        problems.append(f"Onbekende zichtbaarheid: '{data.visibility}'.")
    if not data.body.strip():
        problems.append("Het verhaal is leeg. Schrijf op wat er gebeurde.")
    else:
        problems += _text_problems(data.body, "Het verhaal", MAX_BODY, None)
    problems += _code_problems("theme", data.theme_codes, ctx, "thema")
    problems += _code_problems("tag", data.tag_codes, ctx, "label voor meerwaarde")
    problems += _code_problems("setting", [data.setting_code], ctx, "vindplek")
    if data.signal is not None:
        problems += _signal_problems(data.signal, data.municipality_code, ctx)
    return problems


def _signal_problems(signal: SignalInput, municipality_code: str | None, ctx: Context) -> list[str]:
    problems = []
    if signal.signal_type not in SIGNAL_TYPES:
        problems.append(f"Onbekend soort signaal: '{signal.signal_type}'.")
    if signal.scope not in SIGNAL_SCOPES:
        problems.append(f"Onbekende reikwijdte van het signaal: '{signal.scope}'.")
    elif signal.scope == "gemeente" and municipality_code is None:
        problems.append(
            "Het signaal geldt voor 'deze gemeente', maar het verhaal speelt in de regio. "
            "Kies een gemeente of 'De hele regio'."
        )
    problems += _text_problems(
        signal.title, "De titel van het signaal", MAX_TITLE, "Titel van het signaal"
    )
    problems += _text_problems(
        signal.description,
        "De beschrijving van het signaal",
        MAX_DESCRIPTION,
        "Beschrijving van het signaal",
    )
    problems += _code_problems("theme", signal.theme_codes, ctx, "thema")
    return problems


# --- descriptions ------------------------------------------------------------------------


def describe_activity(data: ActivityInput | Mapping[str, Any], ctx: Context) -> str:
    """'inloop in Venray, 6 inwoners, 2,5 uur' (the confirmation after a save)."""
    row = data if isinstance(data, Mapping) else data.__dict__
    what = ctx.label("activity_type", row["activity_type_code"]).lower()
    where = ctx.label("municipality", row["municipality_code"])
    where = "de regio" if row["municipality_code"] is None else where
    n = int(row["residents_reached"])
    residents = f"{formatting.num(n)} {'inwoner' if n == 1 else 'inwoners'}"
    if row["residents_estimated"]:
        residents += " (geschat)"
    hours = as_hours(row["hours"])
    return f"{what} in {where}, {residents}, {formatting.hours(hours)}"


def describe_note(data: NoteInput | Mapping[str, Any], ctx: Context) -> str:
    """'ik-verhaal van 3 maart 2026 in Venlo, zichtbaar voor: het team van de pool'."""
    row = data if isinstance(data, Mapping) else data.__dict__
    where = (
        "de regio"
        if row["municipality_code"] is None
        else ctx.label("municipality", row["municipality_code"])
    )
    return (
        f"{LEVELS[row['level']]} van {formatting.date(row['note_date'])} in {where}, "
        f"zichtbaar voor: {VISIBILITIES[row['visibility']].lower()}"
    )


# --- writes: activities ------------------------------------------------------------------


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _first(df: pl.DataFrame) -> dict[str, Any] | None:
    return df.row(0, named=True) if df.height else None


def _activity_fields(data: ActivityInput) -> dict[str, Any]:
    return {
        "activity_date": data.activity_date,
        "sub_assignment_id": data.sub_assignment_id,
        "municipality_code": data.municipality_code,
        "activity_type_code": data.activity_type_code,
        "form": data.form,
        "residents_reached": int(data.residents_reached),
        "residents_estimated": bool(data.residents_estimated),
        "hours": as_hours(data.hours),
        "care_relation": data.care_relation,
        "setting_code": data.setting_code,
    }


def insert_activity(
    tx: db.Tx,
    data: ActivityInput,
    *,
    source: str = "app",
    source_id: str | None = None,
    import_batch_id: int | None = None,
) -> int:
    """Insert a validated activity with its themes and audit it, inside ``tx``."""
    row = tx.one(
        "insert_activity",
        **_activity_fields(data),
        peer_expert_id=data.peer_expert_id,
        source=source,
        source_id=source_id,
        import_batch_id=import_batch_id,
        created_by=tx.actor,
    )
    assert row is not None  # noqa: S101 (insert ... returning always gives a row)
    activity_id = int(row[0])
    _insert_activity_themes(tx, activity_id, data.theme_codes)
    tx.audit(
        "create",
        "activity",
        activity_id,
        None,
        _first(tx.frame("activity_for_edit", id=activity_id)),
    )
    return activity_id


def save_activity(
    viewer: Viewer, data: ActivityInput, *, today: dt.date | None = None, reason: str | None = None
) -> int:
    """Validate and save a new activity; returns its id (a reason in a definitive half-year)."""
    require_may_register(viewer, data.peer_expert_id)
    locked_reason = sensemaking.require_change_reason([data.activity_date], reason)
    with db.transaction(viewer.login) as tx:
        ctx = Context.load(tx.frame)
        collect(activity_problems(data, ctx, _today(today)))
        activity_id = insert_activity(tx, data)
        if locked_reason:
            tx.audit(
                "update",
                "activity",
                activity_id,
                None,
                {"reden_definitief_halfjaar": locked_reason},
            )
        return activity_id


def update_activity(
    viewer: Viewer,
    activity_id: int,
    seen_version: int,
    data: ActivityInput,
    *,
    today: dt.date | None = None,
    reason: str | None = None,
) -> int:
    """Change an activity (author only, optimistic lock); returns the new version.

    In a half-year whose figures are definitive a ``reason`` is required; it is audited.
    """
    return _change_activity(viewer, activity_id, seen_version, data, _today(today), reason)


def delete_activity(
    viewer: Viewer, activity_id: int, seen_version: int, *, reason: str | None = None
) -> None:
    """Delete an activity and its themes (author only, optimistic lock; reason when locked)."""
    _change_activity(viewer, activity_id, seen_version, None, dt.date.today(), reason)


@contextmanager
def _one_writer() -> Iterator[None]:
    """Keep two transactions together without another writer in between.

    DuckDB 2.0 refuses to delete a row, or update one of its foreign-key columns, in the same
    transaction that removed the rows referencing it. So child rows go in a first committed
    step and the row itself in a second; the process-wide write lock is re-entrant and held
    around both. The first step refuses when other features' rows still point at the row.
    """
    with db._WRITE_LOCK:
        yield


def _refuse_other_references(
    tx: db.Tx, table: str, row_id: int, handled: set[str], message: str
) -> None:
    for ref_table, column in tx.execute("foreign_keys_to_table", table=table):
        if ref_table in handled:
            continue
        # Identifiers come from the catalog, not from input.
        count = tx.cur.execute(
            f'select count(*) from "{ref_table}" where "{column}" = $id', {"id": row_id}
        ).fetchall()
        if count[0][0]:
            raise ValidationError(message)


def _change_activity(
    viewer: Viewer,
    activity_id: int,
    seen_version: int,
    data: ActivityInput | None,
    today: dt.date,
    reason: str | None = None,
) -> int:
    """The one path for every edit and delete of an activity, with the period lock."""
    with _one_writer():
        with db.transaction(viewer.login) as tx:
            before = _first(tx.frame("activity_for_edit", id=activity_id))
            if before is None:
                raise ConflictError(
                    "Deze activiteit bestaat niet meer; iemand heeft haar verwijderd.", None
                )
            _require_author(viewer, before, "een activiteit")
            if before["version"] != seen_version:
                raise ConflictError(
                    "Iemand anders heeft deze activiteit intussen gewijzigd. Bekijk de "
                    "opgeslagen gegevens en probeer het opnieuw.",
                    before,
                )
            days = [before["activity_date"]] + ([data.activity_date] if data else [])
            locked_reason = sensemaking.require_change_reason(days, reason)
            if data is not None:
                # The peer expert of an activity never changes by an edit.
                data = replace(data, peer_expert_id=before["peer_expert_id"])
                collect(activity_problems(data, Context.load(tx.frame), today))
            _refuse_other_references(
                tx,
                "activity",
                activity_id,
                {"activity_theme"},
                "Deze activiteit wordt elders nog gebruikt en kan nu niet worden gewijzigd.",
            )
            tx.execute("delete_activity_themes", activity_id=activity_id)
        try:
            with db.transaction(viewer.login) as tx:
                return _write_activity_change(tx, before, seen_version, data, locked_reason)
        except BaseException:
            with db.transaction(viewer.login) as tx:  # put the themes back
                _insert_activity_themes(tx, activity_id, before["theme_codes"])
            raise


def _insert_activity_themes(tx: db.Tx, activity_id: int, theme_codes: Iterable[str]) -> None:
    codes = list(theme_codes)
    if codes:
        tx.execute("insert_activity_themes", activity_id=activity_id, theme_codes=codes)


def _write_activity_change(
    tx: db.Tx,
    before: dict[str, Any],
    seen_version: int,
    data: ActivityInput | None,
    locked_reason: str | None = None,
) -> int:
    activity_id = int(before["id"])
    note = {"reden_definitief_halfjaar": locked_reason} if locked_reason else None
    if data is None:
        tx.execute("delete_goal_evidence_for", kind="activity", ref_id=activity_id)
        tx.execute("delete_activity", id=activity_id, seen_version=seen_version)
        tx.audit("delete", "activity", activity_id, before, note)
        return seen_version
    tx.execute(
        "update_activity", id=activity_id, seen_version=seen_version, **_activity_fields(data)
    )
    _insert_activity_themes(tx, activity_id, data.theme_codes)
    after = _first(tx.frame("activity_for_edit", id=activity_id))
    tx.audit("update", "activity", activity_id, before, (after or {}) | (note or {}))
    return seen_version + 1


# --- writes: notes and signals -----------------------------------------------------------


def _note_fields(data: NoteInput) -> dict[str, Any]:
    return {
        "note_date": data.note_date,
        "municipality_code": data.municipality_code,
        "sub_assignment_id": data.sub_assignment_id,
        "level": data.level,
        "body": data.body.strip(),
        "visibility": data.visibility,
        "setting_code": data.setting_code,
    }


def _note_row(tx: db.Tx, viewer: Viewer, note_id: int) -> dict[str, Any] | None:
    return _first(tx.frame("note_for_edit", id=note_id, **viewer.note_params()))


def save_note(viewer: Viewer, data: NoteInput, *, today: dt.date | None = None) -> SavedNote:
    """Validate and save a new note, with its signal when one is given."""
    require_may_register(viewer, data.peer_expert_id)
    with db.transaction(viewer.login) as tx:
        ctx = Context.load(tx.frame)
        collect(note_problems(data, ctx, _today(today)))
        row = tx.one(
            "insert_note",
            **_note_fields(data),
            peer_expert_id=data.peer_expert_id,
            created_by=viewer.login,
        )
        assert row is not None  # noqa: S101
        note_id = int(row[0])
        _write_note_links(tx, note_id, data.theme_codes, data.tag_codes)
        tx.audit("create", "note", note_id, None, _note_row(tx, viewer, note_id))
        signal_id = None if data.signal is None else _insert_signal(tx, note_id, data)
    return SavedNote(note_id, signal_id, personal_data.suggestions(data.body))


def _write_note_links(
    tx: db.Tx, note_id: int, theme_codes: Iterable[str], tag_codes: Iterable[str]
) -> None:
    if themes := list(theme_codes):
        tx.execute("insert_note_themes", note_id=note_id, theme_codes=themes)
    if tags := list(tag_codes):
        tx.execute("insert_note_added_values", note_id=note_id, tag_codes=tags)


def _insert_signal(tx: db.Tx, note_id: int, data: NoteInput) -> int:
    signal = data.signal
    assert signal is not None  # noqa: S101
    fields = {
        "raised_date": data.note_date,
        "raised_by": data.peer_expert_id,
        "signal_type": signal.signal_type,
        "municipality_code": data.municipality_code if signal.scope == "gemeente" else None,
        "title": signal.title.strip(),
        "description": signal.description.strip(),
    }
    row = tx.one("insert_signal", **fields)
    assert row is not None  # noqa: S101
    signal_id = int(row[0])
    if signal.theme_codes:
        tx.execute(
            "insert_signal_themes", signal_id=signal_id, theme_codes=list(signal.theme_codes)
        )
    tx.execute("insert_signal_note", signal_id=signal_id, note_id=note_id)
    tx.execute(
        "insert_signal_event",
        signal_id=signal_id,
        from_status=None,
        to_status="nieuw",
        reason="Gemeld bij een verhaal",
        actor=tx.actor,
    )
    after = {
        **fields,
        "id": signal_id,
        "status": "nieuw",
        "note_id": note_id,
        "theme_codes": list(signal.theme_codes),
    }
    tx.audit("create", "signal", signal_id, None, after)
    return signal_id


def update_note(
    viewer: Viewer,
    note_id: int,
    seen_version: int,
    data: NoteInput,
    *,
    today: dt.date | None = None,
) -> int:
    """Change a note (author only). When someone else changed it since ``seen_version``,
    raise ``ConflictError`` with the stored note so both texts can be shown. Returns the new
    version. Signals raised with the note are not changed here."""
    with db.transaction(viewer.login) as tx:
        before = _note_row(tx, viewer, note_id)
        if before is None:
            raise ConflictError("Dit verhaal bestaat niet meer; het is intussen verwijderd.", None)
        _require_author(viewer, before, "een verhaal")
        # Where a note belongs is fixed once saved (see queries/update_note.sql).
        data = replace(
            data,
            peer_expert_id=before["peer_expert_id"],
            municipality_code=before["municipality_code"],
            sub_assignment_id=before["sub_assignment_id"],
            setting_code=before["setting_code"],
            signal=None,
        )
        ctx = Context.load(tx.frame)
        collect(note_problems(data, ctx, _today(today)))
        changed = tx.execute(
            "update_note",
            id=note_id,
            seen_version=seen_version,
            note_date=data.note_date,
            level=data.level,
            body=data.body.strip(),
            visibility=data.visibility,
        )
        if changed != [(1,)]:
            raise ConflictError(
                "Iemand anders heeft dit verhaal intussen gewijzigd. Jouw tekst staat er nog; "
                "vergelijk hem met de opgeslagen tekst en sla opnieuw op als je jouw versie wilt "
                "bewaren.",
                before,
            )
        tx.execute("delete_note_themes", note_id=note_id)
        tx.execute("delete_note_added_values", note_id=note_id)
        _write_note_links(tx, note_id, data.theme_codes, data.tag_codes)
        tx.audit("update", "note", note_id, before, _note_row(tx, viewer, note_id))
        return seen_version + 1


# Rows that point at a note and go with it: table -> the query that removes them.
_NOTE_CHILD_TABLES = {
    "note_theme": "delete_note_themes",
    "note_added_value": "delete_note_added_values",
    "note_source": "delete_note_sources",
    "signal_note": "delete_note_signal_links",
    "monitoring_moment_note": "delete_note_monitoring_links",
    "report_quote": "delete_note_report_quotes",
}


def delete_note(viewer: Viewer, note_id: int, seen_version: int) -> None:
    """Delete a note and its links (author only, optimistic lock); signals themselves stay."""
    with _one_writer():
        with db.transaction(viewer.login) as tx:
            before = _note_row(tx, viewer, note_id)
            if before is None:
                raise ConflictError(
                    "Dit verhaal bestaat niet meer; het is intussen verwijderd.", None
                )
            _require_author(viewer, before, "een verhaal")
            if before["version"] != seen_version:
                raise ConflictError(
                    "Iemand anders heeft dit verhaal intussen gewijzigd. Lees de opgeslagen "
                    "tekst voordat je het verwijdert.",
                    before,
                )
            _refuse_other_references(
                tx,
                "note",
                note_id,
                set(_NOTE_CHILD_TABLES),
                "Dit verhaal wordt elders nog gebruikt (bijvoorbeeld voorgedragen in een "
                "verhalenronde of met een open vraag erbij) en kan daarom niet worden "
                "verwijderd. Zet de zichtbaarheid op 'Alleen ik' als niemand het meer mag lezen.",
            )
            links = {
                table: tx.execute(query, note_id=note_id)
                for table, query in _NOTE_CHILD_TABLES.items()
            }
        try:
            with db.transaction(viewer.login) as tx:
                tx.execute("delete_goal_evidence_for", kind="note", ref_id=note_id)
                tx.execute("delete_note", id=note_id, seen_version=seen_version)
                tx.audit("delete", "note", note_id, {**before, "links": links}, None)
        except BaseException:
            with db.transaction(viewer.login) as tx:  # put what the author sees back
                _write_note_links(tx, note_id, before["theme_codes"], before["tag_codes"])
                for (signal_id,) in links["signal_note"]:
                    tx.execute("insert_signal_note", signal_id=signal_id, note_id=note_id)
            raise
