"""Import activities from the contractor's planning system (CSV or Excel).

``preview`` reads a file and sorts its rows into new, duplicate (same source id as a row
imported before) and invalid (row number and Dutch reason). ``import_file`` writes all new rows
in one transaction with an ``import_batch`` row and audit entries, or nothing at all when any
row is invalid. Importing the same file twice adds nothing: rows are keyed on their source id.
New rows in a half-year whose figures are definitive are refused as a whole unless a reason is
given, which is audited (the period lock of ``monitor.sensemaking``). ``note_refusal`` records a
refused attempt, so the coördinator sees it under "Wacht op mij" until a later import succeeds.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import polars as pl

from monitor import db, formatting, periods, registration, sensemaking
from monitor.access import Role, Viewer
from monitor.registration import ActivityInput, Context
from monitor.validation import ValidationError

# Canonical column -> (required, Dutch explanation). The README documents the same table.
COLUMNS: dict[str, tuple[bool, str]] = {
    "bron_id": (True, "Uniek nummer van de inzet in het planningssysteem"),
    "datum": (True, "Datum van de activiteit: dd-mm-jjjj of jjjj-mm-dd"),
    "ervaringsdeskundige": (True, "Naam van de ervaringsdeskundige zoals in de monitor"),
    "gemeente": (False, "Naam of CBS-code van de gemeente; leeg of 'Regio' voor regionaal"),
    "deelopdracht": (False, "Nummer of titel van de deelopdracht; mag leeg"),
    "soort": (True, "Soort activiteit, bijvoorbeeld Inloop of 1-op-1"),
    "vorm": (True, "individueel, groep of open"),
    "themas": (False, "Thema's, gescheiden door een puntkomma"),
    "inwoners": (True, "Aantal bereikte inwoners (heel getal, 0 mag)"),
    "schatting": (False, "ja als het aantal inwoners een schatting is, anders nee of leeg"),
    "uren": (True, "Aantal uren, decimaal met komma of punt (2,5)"),
    "relatie_zorg": (False, "naast, in plaats van, ter voorkoming van of nazorg; mag leeg"),
    "vindplek": (False, "Vindplek, bijvoorbeeld Buurthuis of ontmoetingsplek; mag leeg"),
}
_ALIASES = {
    "bronid": "bron_id",
    "id": "bron_id",
    "planning_id": "bron_id",
    "ed": "ervaringsdeskundige",
    "thema": "themas",
    "themas_": "themas",
    "soort_activiteit": "soort",
    "rol": "soort",
    "bereikte_inwoners": "inwoners",
    "aantal_inwoners": "inwoners",
    "aantal_uren": "uren",
    "relatie_met_zorg": "relatie_zorg",
    "relatie_professionele_zorg": "relatie_zorg",
    "setting": "vindplek",
}
_YES = {"ja", "j", "x", "1", "true", "waar", "yes", "schatting", "geschat"}
_NO = {"", "nee", "n", "0", "false", "onwaar", "no"}
_REGION = {"", "regio", "regionaal", "de regio", "regio noord- en midden-limburg"}


@dataclass(frozen=True)
class RowProblem:
    row: int
    source_id: str | None
    reasons: list[str]

    def message(self) -> str:
        which = f"Rij {self.row}" + (f" (bron_id {self.source_id})" if self.source_id else "")
        return f"{which}: " + " ".join(self.reasons)


@dataclass
class Preview:
    filename: str
    sha256: str
    new: list[tuple[int, str, ActivityInput]] = field(default_factory=list)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    # Half-years with definitive figures that new rows fall in: code -> row numbers.
    locked: dict[str, list[int]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lock_text(self) -> str | None:
        """Why importing this file needs a reason (Dutch), or None when no new row is locked."""
        if not self.locked:
            return None
        parts = [
            f"het {periods.parse(code).label} ({_row_list(rows)})"
            for code, rows in sorted(self.locked.items())
        ]
        return (
            "Dit bestand bevat nieuwe activiteiten in een halfjaar waarvan de cijfers definitief "
            f"zijn: {', '.join(parts)}. Inlezen kan alleen met een reden; die komt in het logboek."
        )

    def summary(self) -> str:
        """'3 nieuwe rijen, 1 al eerder ingelezen, 0 met fouten.'"""
        return (
            f"{formatting.num(len(self.new))} nieuw, "
            f"{formatting.num(len(self.duplicates))} al eerder ingelezen, "
            f"{formatting.num(len(self.problems))} met fouten."
        )


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    activity_ids: list[int]
    duplicates: int


MAX_REASON = 1000
MAX_NOTED_REASONS = 10


def require_may_import(viewer: Viewer) -> None:
    viewer.require(Role.COORDINATOR, Role.CONTRACT_MANAGER)


def _row_list(rows: Sequence[int], shown: int = 8) -> str:
    """'rij 2', 'rijen 2, 3 en 5', 'rijen 2, 3, … en nog 4'."""
    if len(rows) == 1:
        return f"rij {rows[0]}"
    if len(rows) <= shown:
        return "rijen " + ", ".join(map(str, rows[:-1])) + f" en {rows[-1]}"
    return "rijen " + ", ".join(map(str, rows[:shown])) + f" en nog {len(rows) - shown}"


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("'", "")  # thema's -> themas
    return re.sub(r"[^a-z0-9]+", "_", text.strip().lower()).strip("_")


def _column_name(header: str) -> str | None:
    key = _normalise(header)
    key = _ALIASES.get(key, key)
    return key if key in COLUMNS else None


def read_table(content: bytes, filename: str) -> pl.DataFrame:
    """The file as a frame of strings with canonical column names; Dutch ValidationError when
    the file cannot be read or misses required columns."""
    suffix = Path(filename).suffix.lower()
    try:
        if suffix == ".xlsx":
            frame = pl.read_excel(io.BytesIO(content), engine="openpyxl", infer_schema_length=0)
        elif suffix in (".csv", ".txt"):
            frame = _read_csv(content)
        else:
            raise ValidationError(
                f"Bestandstype '{suffix or filename}' wordt niet ondersteund. Gebruik CSV of "
                "Excel (.xlsx)."
            )
    except ValidationError:
        raise
    except Exception as exc:  # polars, openpyxl and csv raise many kinds
        raise ValidationError(
            f"Het bestand '{filename}' kan niet worden gelezen als "
            f"{'Excel' if suffix == '.xlsx' else 'CSV'}: {exc}"
        ) from exc
    renamed: dict[str, str] = {}
    for header in frame.columns:
        name = _column_name(header)
        if name is not None and name not in renamed.values():
            renamed[header] = name
    missing = [c for c, (required, _) in COLUMNS.items() if required and c not in renamed.values()]
    if missing:
        raise ValidationError(
            "Deze kolommen ontbreken: "
            + ", ".join(missing)
            + ". Zie 'Importeren uit het planningssysteem' in de README voor het formaat."
        )
    frame = frame.rename(renamed)
    return frame.with_columns(
        pl.lit(None, dtype=pl.String).alias(c) for c in COLUMNS if c not in frame.columns
    )


def _read_csv(content: bytes) -> pl.DataFrame:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252")
    first_line = text.splitlines()[0] if text.strip() else ""
    # Dutch spreadsheet exports use a semicolon, because the comma is the decimal mark.
    separator = ";" if first_line.count(";") >= first_line.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=separator))
    if not rows:
        return pl.DataFrame()
    header, body = rows[0], rows[1:]
    width = len(header)
    data = {h: [r[i] if i < len(r) else None for r in body] for i, h in enumerate(header)}
    for r in body:
        if len(r) > width and any(v.strip() for v in r[width:]):
            raise ValidationError(
                f"Een rij heeft meer waarden ({len(r)}) dan er kolommen zijn ({width})."
            )
    return pl.DataFrame(data, schema=dict.fromkeys(header, pl.String))


# --- values -------------------------------------------------------------------------------


def parse_date(value: str) -> dt.date:
    """'12-03-2025', '12-3-2025', '12/03/2025' or '2025-03-12' (also with a time from Excel)."""
    text = value.strip()
    m = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00(?:\.0+)?)?)?", text)
        if m:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        pass
    raise ValueError(f"De datum '{value}' is geen geldige datum (gebruik dd-mm-jjjj).")


def parse_decimal(value: str, what: str) -> Decimal:
    text = value.strip().replace(" ", "")
    if "," in text:
        text = text.replace(".", "").replace(",", ".")  # 1.234,5 -> 1234.5
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValueError(f"{what} '{value}' is geen getal.") from None
    if not number.is_finite():
        raise ValueError(f"{what} '{value}' is geen getal.")
    return number


def parse_whole(value: str, what: str) -> int:
    number = parse_decimal(value, what)
    if number != number.to_integral_value():
        raise ValueError(f"{what} '{value}' is geen heel getal.")
    return int(number)


def _lookup(kind: str, value: str, ctx: Context, noun: str) -> str:
    wanted = _normalise(value)
    for code, label in ctx.vocab.get(kind, {}).items():
        if wanted in (_normalise(code), _normalise(label)):
            return code
    raise ValueError(f"Onbekend {noun}: '{value.strip()}'.")


def _municipality(value: str, ctx: Context) -> str | None:
    if value.strip().lower() in _REGION:
        return None
    wanted = _normalise(value)
    for code, name in ctx.vocab["municipality"].items():
        # 'Bergen (L.)' is also written as 'Bergen' or 'Bergen L'.
        if wanted in (_normalise(code), _normalise(name), _normalise(name.split(" (")[0])):
            return code
    raise ValueError(
        f"Gemeente '{value.strip()}' hoort niet bij de 14 gemeenten van de regio "
        "(laat leeg of schrijf 'Regio' voor regionale inzet)."
    )


def _sub_assignment(value: str, ctx: Context) -> int | None:
    text = value.strip()
    if not text:
        return None
    if text.isdigit():
        if int(text) in ctx.sub_assignments:
            return int(text)
        raise ValueError(f"Deelopdracht {text} bestaat niet.")
    for sub_id, row in ctx.sub_assignments.items():
        if _normalise(row["title"]) == _normalise(text):
            return int(sub_id)
    raise ValueError(f"Deelopdracht '{text}' bestaat niet.")


def _peer_expert(value: str, ctx: Context) -> int:
    for pe_id, row in ctx.peer_experts.items():
        if _normalise(row["display_name"]) == _normalise(value):
            return int(pe_id)
    raise ValueError(f"Ervaringsdeskundige '{value.strip()}' is onbekend in de monitor.")


def _form(value: str) -> str:
    key = _normalise(value)
    key = {"inloop": "open", "individueel_1_op_1": "individueel"}.get(key, key)
    if key in registration.FORMS:
        return key
    raise ValueError(f"Onbekende vorm: '{value.strip()}' (individueel, groep of open).")


def _care_relation(value: str) -> str | None:
    key = _normalise(value)
    if not key:
        return None
    for code, label in registration.CARE_RELATIONS.items():
        if key in (code, _normalise(label)):
            return code
    raise ValueError(
        f"Onbekende relatie met zorg: '{value.strip()}' (naast, in plaats van, "
        "ter voorkoming van of nazorg)."
    )


def _estimated(value: str) -> bool:
    key = value.strip().lower()
    if key in _YES:
        return True
    if key in _NO:
        return False
    raise ValueError(f"Schatting '{value.strip()}' is geen ja of nee.")


def _themes(value: str, ctx: Context) -> tuple[str, ...]:
    parts = [p for p in re.split(r"[;|,]", value) if p.strip()]
    codes = [_lookup("theme", p, ctx, "thema") for p in parts]
    return tuple(dict.fromkeys(codes))


def _row_to_activity(
    row: Mapping[str, str], ctx: Context
) -> tuple[ActivityInput | None, list[str]]:
    reasons: list[str] = []

    def take(parse: Callable[[], Any], default: Any = None) -> Any:
        try:
            return parse()
        except ValueError as exc:
            reasons.append(str(exc))
            return default

    def text(name: str) -> str:
        return (row.get(name) or "").strip()

    for name, (required, _) in COLUMNS.items():
        if required and name != "bron_id" and not text(name):
            reasons.append(f"'{name}' is leeg.")
    if reasons:
        return None, reasons
    data = ActivityInput(
        activity_date=take(lambda: parse_date(text("datum"))),
        peer_expert_id=take(lambda: _peer_expert(text("ervaringsdeskundige"), ctx)),
        municipality_code=take(lambda: _municipality(text("gemeente"), ctx)),
        sub_assignment_id=take(lambda: _sub_assignment(text("deelopdracht"), ctx)),
        activity_type_code=take(
            lambda: _lookup("activity_type", text("soort"), ctx, "soort activiteit")
        ),
        form=take(lambda: _form(text("vorm"))),
        theme_codes=take(lambda: _themes(text("themas"), ctx), ()),
        residents_reached=take(lambda: parse_whole(text("inwoners"), "Inwoners"), 0),
        residents_estimated=take(lambda: _estimated(text("schatting")), False),
        hours=take(lambda: parse_decimal(text("uren"), "Uren"), Decimal(0)),
        care_relation=take(lambda: _care_relation(text("relatie_zorg"))),
        setting_code=take(
            lambda: (
                _lookup("setting", text("vindplek"), ctx, "vindplek") if text("vindplek") else None
            )
        ),
    )
    return (None, reasons) if reasons else (data, [])


# --- preview and import -------------------------------------------------------------------


def analyse(
    frame: pl.DataFrame,
    *,
    filename: str,
    sha256: str,
    ctx: Context,
    known_source_ids: set[str],
    today: dt.date,
    period_statuses: Mapping[str, str] | None = None,
) -> Preview:
    """Sort the rows of a read file into new, duplicate and invalid; writes nothing.

    ``period_statuses`` (half-year code -> status) marks new rows in definitive half-years.
    """
    result = Preview(filename, sha256)
    result.ignored_columns = [c for c in frame.columns if c not in COLUMNS]
    seen: dict[str, int] = {}
    for index, row in enumerate(frame.iter_rows(named=True)):
        number = index + 2  # the header is row 1, as in a spreadsheet
        if not any((v or "").strip() for v in row.values()):
            continue
        source_id = (row.get("bron_id") or "").strip()
        if not source_id:
            result.problems.append(RowProblem(number, None, ["'bron_id' is leeg."]))
            continue
        if source_id in seen:
            result.problems.append(
                RowProblem(
                    number,
                    source_id,
                    [f"Dit bron_id staat al in rij {seen[source_id]} van hetzelfde bestand."],
                )
            )
            continue
        seen[source_id] = number
        if source_id in known_source_ids:
            result.duplicates.append((number, source_id))
            continue
        data, reasons = _row_to_activity(row, ctx)
        if data is not None:
            reasons = registration.activity_problems(data, ctx, today)
        if reasons or data is None:
            result.problems.append(RowProblem(number, source_id, reasons))
        else:
            result.new.append((number, source_id, data))
    if not seen and not result.problems:
        result.problems.append(RowProblem(1, None, ["Het bestand bevat geen rijen met gegevens."]))
    for number, _, data in result.new:
        if locked := sensemaking.locked_period(data.activity_date, period_statuses or {}):
            result.locked.setdefault(locked.code, []).append(number)
    return result


def _statuses(read: Callable[..., pl.DataFrame]) -> dict[str, str]:
    return dict(read("period_statuses").select("period", "status").iter_rows())


def _known_source_ids(read: Callable[..., pl.DataFrame], frame: pl.DataFrame) -> set[str]:
    ids = [s.strip() for s in frame.get_column("bron_id").drop_nulls().to_list() if s.strip()]
    return set(read("activities_by_source_id", source_ids=ids).get_column("source_id").to_list())


def preview(
    viewer: Viewer, content: bytes, filename: str, *, today: dt.date | None = None
) -> Preview:
    """Read and check a file without writing anything."""
    require_may_import(viewer)
    frame = read_table(content, filename)
    return analyse(
        frame,
        filename=filename,
        sha256=hashlib.sha256(content).hexdigest(),
        ctx=Context.load(db.read),
        known_source_ids=_known_source_ids(db.read, frame),
        today=today or dt.date.today(),
        period_statuses=_statuses(db.read),
    )


def _lock_reason(checked: Preview, reason: str | None) -> str | None:
    """The reason to audit for new rows in definitive half-years; refuses the file without one."""
    text = checked.lock_text()
    if text is None:
        return None
    given = (reason or "").strip()
    if not given:
        raise ValidationError(f"{text} Er is niets ingelezen.")
    if len(given) > MAX_REASON:
        raise ValidationError(f"De reden is te lang (meer dan {MAX_REASON} tekens).")
    return given


def import_file(
    viewer: Viewer,
    content: bytes,
    filename: str,
    *,
    today: dt.date | None = None,
    reason: str | None = None,
) -> tuple[Preview, ImportResult]:
    """Write every new row of the file in one transaction, or nothing when any row is invalid
    (``ValidationError`` with one message per invalid row).

    New rows in a half-year whose figures are definitive need a ``reason``: without one the
    whole file is refused; with one it is written and the reason is audited with every such row.
    """
    require_may_import(viewer)
    frame = read_table(content, filename)
    with db.transaction(viewer.login) as tx:
        # Checked again inside the transaction: what counts as duplicate is what is stored now.
        checked = analyse(
            frame,
            filename=filename,
            sha256=hashlib.sha256(content).hexdigest(),
            ctx=Context.load(tx.frame),
            known_source_ids=_known_source_ids(tx.frame, frame),
            today=today or dt.date.today(),
            period_statuses=_statuses(tx.frame),
        )
        if not checked.ok:
            raise ValidationError([p.message() for p in checked.problems])
        lock_reason = _lock_reason(checked, reason)
        if not checked.new:
            return checked, ImportResult(None, [], len(checked.duplicates))
        batch = tx.one(
            "insert_import_batch",
            filename=Path(filename).name,
            sha256=checked.sha256,
            imported_by=viewer.login,
            rows_new=len(checked.new),
            rows_duplicate=len(checked.duplicates),
        )
        assert batch is not None  # noqa: S101 (insert ... returning always gives a row)
        batch_id = int(batch[0])
        ids = [
            registration.insert_activity(
                tx, data, source="import", source_id=source_id, import_batch_id=batch_id
            )
            for _, source_id, data in checked.new
        ]
        lock = (
            {
                "reden_definitief_halfjaar": lock_reason,
                "definitieve_halfjaren": sorted(checked.locked),
            }
            if lock_reason
            else {}
        )
        tx.audit(
            "import",
            "import_batch",
            batch_id,
            None,
            {
                "filename": Path(filename).name,
                "sha256": checked.sha256,
                "rows_new": len(ids),
                "rows_duplicate": len(checked.duplicates),
                "activity_ids": ids,
                **lock,
            },
        )
        locked_rows = {n for rows in checked.locked.values() for n in rows}
        for (number, _, _), activity_id in zip(checked.new, ids, strict=True):
            if number in locked_rows:  # as a change in Registreren: the reason with the row
                tx.audit(
                    "update",
                    "activity",
                    activity_id,
                    None,
                    {"reden_definitief_halfjaar": lock_reason},
                )
    return checked, ImportResult(batch_id, ids, len(checked.duplicates))


def note_refusal(
    viewer: Viewer, content: bytes, filename: str, reasons: Sequence[str], rows_refused: int = 0
) -> int | None:
    """Note that a file was refused (nothing of it was written), for the coördinator's
    "Wacht op mij". A file already noted and not yet followed by a successful import is noted
    once; returns the new id, or None when it was already there.
    """
    require_may_import(viewer)
    sha256 = hashlib.sha256(content).hexdigest()
    kept = [str(r)[:300] for r in reasons[:MAX_NOTED_REASONS]]
    if sha256 in db.read("import_refusals_open").get_column("sha256").to_list():
        return (
            None  # checked before the transaction: a page reruns often, and a write clears caches
        )
    with db.transaction(viewer.login) as tx:
        if sha256 in tx.frame("import_refusals_open").get_column("sha256").to_list():
            return None
        row = tx.one(
            "insert_import_refusal",
            filename=Path(filename).name,
            sha256=sha256,
            attempted_by=viewer.name,
            rows_refused=rows_refused,
            reasons=kept,
        )
        assert row is not None  # noqa: S101 (insert ... returning always gives a row)
        refusal_id = int(row[0])
        tx.audit(
            "create",
            "import_refusal",
            refusal_id,
            None,
            {"filename": Path(filename).name, "sha256": sha256, "reasons": kept},
        )
    return refusal_id
