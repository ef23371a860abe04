"""Sub-assignments (deelopdrachten): validation, create/update with version history,
reflections at monitoring moments, and what happened within one sub-assignment over time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import polars as pl

from monitor import db, formatting, monitoring, periods, privacy
from monitor.access import Role, Viewer
from monitor.validation import ValidationError, collect

EDITORS = (Role.COORDINATOR, Role.CONTRACT_MANAGER)
_LINKS = ("theme_codes", "role_codes", "goal_codes")
_CONCURRENT = (
    "Iemand anders heeft deze deelopdracht intussen gewijzigd. Open hem opnieuw en breng uw "
    "wijziging nog eens aan."
)
STATUS_LABELS: dict[str, str] = {
    "in_voorbereiding": "In voorbereiding",
    "actief": "Actief",
    "afgerond": "Afgerond",
    "gestopt": "Gestopt",
}
# The agreed terms whose earlier versions are kept in sub_assignment_version.
TERMS = ("goals", "monitoring_method", "frequency", "accountability", "signs")
MAX_TITLE = 200
MAX_TEXT = 5000
TEXT_LABELS = {
    "description": "Omschrijving",
    "goals": "Eigen doelen",
    "monitoring_method": "Wijze van monitoring",
    "accountability": "Wijze van verantwoording",
    "signs": "Waar merken we het aan?",
}


@dataclass(frozen=True)
class SubAssignmentInput:
    """What a coördinator or contract manager fills in for a sub-assignment."""

    title: str
    goals: str
    monitoring_method: str
    frequency: str
    accountability: str
    start_date: dt.date | None
    end_date: dt.date | None = None
    municipality_code: str | None = None
    description: str = ""
    signs: str = ""
    status: str = "actief"
    theme_codes: tuple[str, ...] = field(default_factory=tuple)
    role_codes: tuple[str, ...] = field(default_factory=tuple)
    goal_codes: tuple[str, ...] = field(default_factory=tuple)

    def cleaned(self) -> SubAssignmentInput:
        """Surrounding white space removed, link codes de-duplicated in order."""
        return SubAssignmentInput(
            title=self.title.strip(),
            goals=self.goals.strip(),
            monitoring_method=self.monitoring_method.strip(),
            frequency=self.frequency,
            accountability=self.accountability.strip(),
            start_date=self.start_date,
            end_date=self.end_date,
            municipality_code=self.municipality_code or None,
            description=self.description.strip(),
            signs=self.signs.strip(),
            status=self.status,
            theme_codes=tuple(dict.fromkeys(self.theme_codes)),
            role_codes=tuple(dict.fromkeys(self.role_codes)),
            goal_codes=tuple(dict.fromkeys(self.goal_codes)),
        )

    def row(self) -> dict[str, Any]:
        """The columns of ``sub_assignment`` as query parameters."""
        values = asdict(self)
        for name in ("theme_codes", "role_codes", "goal_codes"):
            values.pop(name)
        return values


def vocabulary() -> dict[str, dict[str, str]]:
    """Codes and Dutch labels per kind: municipality, theme, role, setting, goal."""
    found: dict[str, dict[str, str]] = {}
    for kind, code, label, _ in db.cached_read("sub_assignment_vocabulary_by_kind").iter_rows():
        found.setdefault(kind, {})[code] = label
    return found


def validate(data: SubAssignmentInput, vocab: dict[str, dict[str, str]]) -> None:
    """Raise ValidationError with every Dutch message that applies; return when all is well."""
    checks: list[str | None] = [
        "Geef de deelopdracht een titel." if not data.title else None,
        f"De titel is te lang (hoogstens {MAX_TITLE} tekens)."
        if len(data.title) > MAX_TITLE
        else None,
        "Beschrijf de eigen doelen van de deelopdracht." if not data.goals else None,
        "Beschrijf de wijze van monitoring." if not data.monitoring_method else None,
        "Beschrijf de wijze van verantwoording." if not data.accountability else None,
    ]
    for name, label in TEXT_LABELS.items():
        if len(str(getattr(data, name))) > MAX_TEXT:
            checks.append(
                f"De tekst bij '{label}' is te lang (hoogstens {formatting.num(MAX_TEXT)} tekens)."
            )
    if data.frequency not in monitoring.FREQUENCIES:
        checks.append(
            "Kies een geldige frequentie: maandelijks, per kwartaal, halfjaarlijks, jaarlijks "
            "of anders."
        )
    if data.status not in STATUS_LABELS:
        checks.append("Kies een geldige status.")
    if data.start_date is None:
        checks.append("Vul een startdatum in.")
    elif data.start_date < periods.CONTRACT_START:
        checks.append(
            "De startdatum ligt vóór de start van het contract "
            f"({formatting.date(periods.CONTRACT_START)})."
        )
    if data.start_date and data.end_date and data.end_date <= data.start_date:
        checks.append("De einddatum moet na de startdatum liggen.")
    if data.status in ("afgerond", "gestopt") and data.end_date is None:
        checks.append("Een afgeronde of gestopte deelopdracht heeft een einddatum.")
    if data.municipality_code is not None and data.municipality_code not in vocab.get(
        "municipality", {}
    ):
        checks.append("Kies een van de 14 gemeenten van de regio, of 'Regio' voor regionale inzet.")
    for kind, codes, label in (
        ("theme", data.theme_codes, "thema"),
        ("role", data.role_codes, "rol"),
        ("goal", data.goal_codes, "ontwikkeldoel"),
    ):
        unknown = [c for c in codes if c not in vocab.get(kind, {})]
        if unknown:
            checks.append(f"Onbekend {label}: {', '.join(unknown)}.")
    collect(checks)


def _write_links(tx: db.Tx, sub_assignment_id: int, data: SubAssignmentInput) -> None:
    for plural, codes in (
        ("themes", data.theme_codes),
        ("roles", data.role_codes),
        ("goals", data.goal_codes),
    ):
        tx.execute(f"delete_sub_assignment_{plural}", sub_assignment_id=sub_assignment_id)
        if codes:
            tx.execute(
                f"insert_sub_assignment_{plural}",
                sub_assignment_id=sub_assignment_id,
                codes=list(codes),
            )


def _snapshot(tx: db.Tx, sub_assignment_id: int) -> dict[str, Any] | None:
    rows = tx.frame("sub_assignment_detail", id=sub_assignment_id).to_dicts()
    if not rows:
        return None
    row = rows[0]
    keep = [
        "title", "description", "municipality_code", *TERMS, "start_date", "end_date",
        "status", "version", "theme_codes", "role_codes", "goal_codes",
    ]  # fmt: skip
    return {k: row[k] for k in keep}


def create(viewer: Viewer, data: SubAssignmentInput) -> int:
    """Validate and store a new sub-assignment with its links; audited. Returns its id."""
    viewer.require(*EDITORS)
    data = data.cleaned()
    validate(data, vocabulary())
    with db.transaction(actor=viewer.login) as tx:
        row = tx.one("insert_sub_assignment", **data.row())
        if row is None:
            raise RuntimeError("insert_sub_assignment returned no id")
        new_id = int(row[0])
        _write_links(tx, new_id, data)
        tx.audit("create", "sub_assignment", new_id, None, _snapshot(tx, new_id))
    return new_id


def update(viewer: Viewer, sub_assignment_id: int, version: int, data: SubAssignmentInput) -> None:
    """Validate and store a change; earlier agreed terms go to the version history; audited.

    ``version`` is the version the editor started from: a change made by someone else in the
    meantime is refused rather than overwritten.
    """
    viewer.require(*EDITORS)
    data = data.cleaned()
    validate(data, vocabulary())
    with db.transaction(actor=viewer.login) as tx:
        before = _snapshot(tx, sub_assignment_id)
        if before is None:
            raise ValidationError("Deze deelopdracht bestaat niet (meer).")
        if before["version"] != version:
            raise ValidationError(_CONCURRENT)
        if before["municipality_code"] != data.municipality_code:
            raise ValidationError(
                "De gemeente of regio van een bestaande deelopdracht ligt vast. Maak voor een "
                "andere gemeente een nieuwe deelopdracht aan."
            )
        proposed = {**data.row(), **{k: sorted(getattr(data, k)) for k in _LINKS}}
        current = {**{k: before[k] for k in data.row()}, **{k: sorted(before[k]) for k in _LINKS}}
        if proposed == current:
            raise ValidationError("Er is niets gewijzigd.")
        if any(before[t] != getattr(data, t) for t in TERMS):
            tx.execute(
                "insert_sub_assignment_version",
                sub_assignment_id=sub_assignment_id,
                version=before["version"],
                changed_by=viewer.login,
                **{t: before[t] for t in TERMS},
            )
        values = {k: v for k, v in data.row().items() if k != "municipality_code"}
        count = tx.one("update_sub_assignment", id=sub_assignment_id, version=version, **values)
        if count is None or count[0] != 1:
            raise ValidationError(_CONCURRENT)
        _write_links(tx, sub_assignment_id, data)
        tx.audit(
            "update", "sub_assignment", sub_assignment_id, before, _snapshot(tx, sub_assignment_id)
        )


def schedule(
    detail: dict[str, Any], recorded: pl.DataFrame, today: dt.date
) -> list[monitoring.Moment]:
    """The monitoring moments of one sub-assignment (see ``monitoring.moments``)."""
    return monitoring.moments(
        detail["frequency"],
        detail["start_date"],
        detail["end_date"],
        today,
        recorded.select("id", "due_date", "held_date").iter_rows(),
    )


def record_reflection(
    viewer: Viewer,
    sub_assignment_id: int,
    *,
    due_date: dt.date | None,
    held_date: dt.date | None,
    reflection: str,
    figures_discussed: str = "",
    note_ids: Sequence[int] = (),
    today: dt.date | None = None,
) -> int:
    """Record the reflection of a monitoring moment, materialising the moment if needed.

    Returns the id of the monitoring moment. Audited; refuses a moment that is not one of this
    sub-assignment's open moments, or one that was already discussed.
    """
    viewer.require(*EDITORS)
    today = today or dt.date.today()
    reflection = reflection.strip()
    figures_discussed = figures_discussed.strip()
    rows = db.read("sub_assignment_detail", id=sub_assignment_id).to_dicts()
    if not rows:
        raise ValidationError("Deze deelopdracht bestaat niet.")
    detail = rows[0]
    recorded = db.read(
        "monitoring_moments_for_sub_assignment", id=sub_assignment_id, **viewer.note_params()
    )
    open_dates = {m.due_date for m in monitoring.open_moments(schedule(detail, recorded, today))}
    readable = set(
        db.read("notes_for_sub_assignment", id=sub_assignment_id, **viewer.note_params())
        .get_column("id")
        .to_list()
    )
    collect(
        [
            "Kies het monitoringsmoment." if due_date is None else None,
            "Dit is geen open monitoringsmoment van deze deelopdracht."
            if due_date is not None
            and due_date not in open_dates
            and not _free_moment_ok(detail, due_date, today)
            else None,
            "Vul de datum in waarop het moment is gehouden." if held_date is None else None,
            "Een moment kan niet in de toekomst gehouden zijn."
            if held_date and held_date > today
            else None,
            "Het moment kan niet vóór de start van de deelopdracht gehouden zijn."
            if held_date and held_date < detail["start_date"]
            else None,
            "Schrijf een korte reflectie op de eigen doelen van de deelopdracht."
            if not reflection
            else None,
            f"De reflectie is te lang (hoogstens {formatting.num(MAX_TEXT)} tekens)."
            if len(reflection) > MAX_TEXT
            else None,
            f"De besproken cijfers zijn te lang (hoogstens {formatting.num(MAX_TEXT)} tekens)."
            if len(figures_discussed) > MAX_TEXT
            else None,
            "Koppel alleen verhalen van deze deelopdracht die u kunt lezen."
            if set(note_ids) - readable
            else None,
        ]
    )
    with db.transaction(actor=viewer.login) as tx:
        found = tx.frame(
            "monitoring_moment_for_due_date", sub_assignment_id=sub_assignment_id, due_date=due_date
        ).to_dicts()
        values = {
            "held_date": held_date,
            "reflection": reflection,
            "figures_discussed": figures_discussed,
            "recorded_by": viewer.login,
        }
        if found and found[0]["held_date"] is not None:
            raise ValidationError(
                f"Dit moment is al besproken op {formatting.date(found[0]['held_date'])}."
            )
        if found:
            moment_id = int(found[0]["id"])
            tx.execute("update_monitoring_moment_reflection", id=moment_id, **values)
            action, before = "update", found[0]
        else:
            row = tx.one(
                "insert_monitoring_moment",
                sub_assignment_id=sub_assignment_id,
                due_date=due_date,
                **values,
            )
            if row is None:
                raise RuntimeError("insert_monitoring_moment returned no id")
            moment_id, action, before = int(row[0]), "create", None
        ids = sorted(set(note_ids))
        if ids:
            tx.execute(
                "insert_monitoring_moment_notes", monitoring_moment_id=moment_id, note_ids=ids
            )
        after = {"sub_assignment_id": sub_assignment_id, "due_date": due_date, **values}
        tx.audit(action, "monitoring_moment", moment_id, before, {**after, "note_ids": ids})
    return moment_id


def _free_moment_ok(detail: dict[str, Any], day: dt.date, today: dt.date) -> bool:
    """Frequency 'anders' has no schedule: any day within the period up to today will do."""
    end = detail["end_date"]
    return (
        detail["frequency"] not in monitoring.FREQUENCY_MONTHS
        and detail["start_date"] <= day <= today
        and (end is None or day <= end)
    )


def _period_starts(first: dt.date, last: dt.date, months: int) -> list[dt.date]:
    start = _trunc(first, months)
    found = []
    while start <= last:
        found.append(start)
        start = monitoring.add_months(start, months)
    return found


def _trunc(day: dt.date, months: int) -> dt.date:
    return dt.date(day.year, (day.month - 1) // months * months + 1, 1)


def activity_over_time(
    monthly: pl.DataFrame, grain: str, first: dt.date, last: dt.date
) -> pl.DataFrame:
    """Monthly activity (``activity_by_month_for_sub_assignment``) per month or quarter.

    Every period from ``first`` to ``last`` appears, with zeros where nothing happened, so a
    quiet month is visible as such. Columns: period (date), label, activities, hours,
    residents_reached.
    """
    months = {"month": 1, "quarter": 3}[grain]
    if not monthly.is_empty():
        months_seen: list[dt.date] = monthly.get_column("month").to_list()
        first, last = min(first, *months_seen), max(last, *months_seen)
    starts = _period_starts(first, last, months)
    sums: dict[dt.date, list[float]] = {s: [0, 0.0, 0] for s in starts}
    for row in monthly.iter_rows(named=True):
        acc = sums[_trunc(row["month"], months)]
        acc[0] += row["activities"]
        acc[1] += row["hours"]
        acc[2] += row["residents_reached"]
    return pl.DataFrame(
        {
            "period": starts,
            "label": [_label(s, grain) for s in starts],
            "activities": [int(sums[s][0]) for s in starts],
            "hours": [float(sums[s][1]) for s in starts],
            "residents_reached": [int(sums[s][2]) for s in starts],
        },
        schema={
            "period": pl.Date,
            "label": pl.String,
            "activities": pl.Int64,
            "hours": pl.Float64,
            "residents_reached": pl.Int64,
        },
    )


def _label(start: dt.date, grain: str) -> str:
    if grain == "quarter":
        return f"K{(start.month - 1) // 3 + 1} {start.year}"
    return formatting.month(start)


COUNT_COLUMNS = ("activities", "residents_reached")


def count_masks(df: pl.DataFrame, suppress: bool) -> dict[str, list[privacy.Mask]]:
    """Per count column, the mask of each cell as shown next to its column total."""
    masks: dict[str, list[privacy.Mask]] = {}
    for name in COUNT_COLUMNS:
        values = df.get_column(name).to_list()
        masks[name] = (
            privacy.mask_column(values)[0] if suppress else [privacy.Mask.SHOWN] * len(values)
        )
    return masks


def activity_table(df: pl.DataFrame, suppress: bool) -> pl.DataFrame:
    """The over-time frame as Dutch text with a total row; small counts suppressed if asked."""
    table = df.select(
        pl.col("label").alias("Periode"),
        pl.col("activities").alias("Activiteiten"),
        pl.col("hours").map_elements(formatting.dec, return_dtype=pl.String).alias("Uren"),
        pl.col("residents_reached").alias("Bereikte inwoners"),
    )
    counts = ["Activiteiten", "Bereikte inwoners"]
    if suppress:
        out = privacy.suppress_columns(
            table, counts, fmt=formatting.num, total_label="Totaal", label_column="Periode"
        )
    else:
        out = table.with_columns(
            pl.col(c).map_elements(formatting.num, return_dtype=pl.String) for c in counts
        )
        out = pl.concat(
            [
                out,
                pl.DataFrame(
                    [
                        {
                            "Periode": "Totaal",
                            **{c: formatting.num(table.get_column(c).sum()) for c in counts},
                        }
                    ]
                )
                .with_columns(pl.lit("").alias("Uren"))
                .select(out.columns),
            ]
        )
    total_hours = formatting.dec(df.get_column("hours").sum())
    return out.with_columns(
        pl.when(pl.col("Periode") == "Totaal")
        .then(pl.lit(total_hours))
        .otherwise(pl.col("Uren"))
        .alias("Uren")
    )


def joined(values: Iterable[str] | None) -> str:
    """A list of labels as one Dutch text: 'a, b en c'; '–' when empty."""
    items = list(values or [])
    if not items:
        return "–"
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]
