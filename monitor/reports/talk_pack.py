"""The preparation pack for the next contract talk, generated from the data.

What changed since the previous talk, signals awaiting discussion or a response, agreements
that are due, monitoring moments held or still to discuss, deployment beside the key, and the
half-year report of the period. Rendered with the same pipeline as the report (``ReportData``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from monitor import db, formatting, privacy
from monitor.contract_talks import KIND_LABELS
from monitor.reports.data import SIGNAL_STATUS, SIGNAL_TYPES, build_report
from monitor.reports.model import Block, Items, Paragraph, ReportData, Section, Subheading, Table


def _small(value: int) -> str:
    return privacy.PRIMARY_TEXT if privacy.is_small(value) else formatting.num(value)


def previous_talk(before: dt.date) -> dict[str, Any] | None:
    """The latest talk on or before ``before``."""
    for t in db.read("contract_talks_list").to_dicts():
        if t["talk_date"] <= before:
            return t
    return None


def build_pack(
    next_talk: dt.date, period_code: str, *, prepared_by: str, today: dt.date | None = None
) -> ReportData:
    """The pack for a talk on ``next_talk``, with the report of ``period_code``."""
    today = today or dt.date.today()
    report = build_report(period_code, prepared_by=prepared_by, today=today)
    prev = previous_talk(next_talk)
    since = prev["talk_date"] if prev else report.period_start
    sections = [
        _changes(prev, since),
        _signals(),
        _agreements(next_talk),
        _moments(since, next_talk),
        _key(report),
    ]
    front = [
        ("Gesprek", formatting.date(next_talk)),
        (
            "Vorig gesprek",
            f"{prev['title']} ({formatting.date(prev['talk_date'])})" if prev else "Nog geen",
        ),
        ("Rapportage", f"{report.period_label.capitalize()} (vanaf hoofdstuk a)"),
        ("Opgesteld door", prepared_by),
        ("Datum", formatting.date(today)),
        ("Kleine aantallen", "Aantallen van 1 tot en met 4 staan er als <5 (zie Begrippen)."),
    ]
    return ReportData(
        period_code=report.period_code,
        period_label=report.period_label,
        period_start=report.period_start,
        period_end=report.period_end,
        municipality_code=None,
        municipality_name=None,
        title=f"Voorbereiding contractgesprek {formatting.date(next_talk)}",
        subtitle="Regionale pool ervaringsdeskundigen Noord- en Midden-Limburg",
        front=front,
        sections=[*sections, *report.sections],
        definitions=report.definitions,
        generated_on=today,
    )


def _changes(prev: dict[str, Any] | None, since: dt.date) -> Section:
    moment = dt.datetime.combine(since, dt.time(0), tzinfo=dt.UTC)
    c = db.read("changes_since_date", since=moment).row(0, named=True)
    subs = db.read("sub_assignments_since_date", since=moment).to_dicts()
    blocks: list[Block] = [
        Items(
            [
                (
                    "Nieuwe activiteiten",
                    f"{_small(c['activities'])} ({formatting.dec(c['hours'])} uur)",
                ),
                ("Nieuwe gedeelde verhalen", _small(c["notes"])),
                ("Nieuwe signalen", _small(c["signals"])),
                ("Nieuwe deelopdrachten", formatting.num(c["sub_assignments"])),
            ]
        )
    ]
    if subs:
        blocks.append(
            Table(
                columns=["Deelopdracht", "Gemeente", "Start", "Status"],
                rows=[
                    [
                        s["title"],
                        s["municipality_name"],
                        formatting.date(s["start_date"]),
                        s["status"],
                    ]
                    for s in subs
                ],
            )
        )
    what = (
        f"sinds het vorige gesprek op {formatting.date(since)}"
        if prev
        else f"sinds {formatting.date(since)}"
    )
    return Section(
        key="1",
        title="Wat er veranderde",
        intro=f"Wat er {what} is vastgelegd (naar datum van registratie).",
        blocks=blocks,
    )


def _signals() -> Section:
    rows = db.read("signals_for_contract_talk").to_dicts()
    blocks: list[Block] = []
    if not rows:
        blocks.append(Paragraph("Er wachten geen signalen op bespreking of antwoord."))
    else:
        blocks.append(
            Table(
                columns=["Nr.", "Datum", "Gemeente", "Soort", "Signaal", "Toelichting", "Status"],
                rows=[
                    [
                        str(s["id"]),
                        formatting.date(s["raised_date"], "short"),
                        s["municipality_name"],
                        SIGNAL_TYPES.get(s["signal_type"], s["signal_type"]),
                        s["title"],
                        s["description"],
                        SIGNAL_STATUS.get(s["status"], s["status"]),
                    ]
                    for s in rows
                ],
                wide=True,
            )
        )
    return Section(
        key="2",
        title="Signalen die wachten op bespreking of antwoord",
        intro="Signalen van ervaringsdeskundigen met de status nieuw of besproken.",
        blocks=blocks,
    )


def _agreement_rows(rows: list[dict[str, Any]]) -> list[list[str]]:
    return [
        [
            KIND_LABELS.get(a["kind"], a["kind"]),
            a["description"],
            a["owner"] or "–",
            formatting.date(a["due_date"]) if a["due_date"] else "–",
            formatting.date(a["talk_date"]),
        ]
        for a in rows
    ]


def _agreements(next_talk: dt.date) -> Section:
    rows = [
        a for a in db.read("agreements_open").to_dicts() if a["kind"] != "afwijking_verdeelsleutel"
    ]
    due = [a for a in rows if a["due_date"] is not None and a["due_date"] <= next_talk]
    other = [a for a in rows if a not in due]
    columns = ["Soort", "Afspraak", "Eigenaar", "Klaar op", "Gemaakt op"]
    blocks: list[Block] = [Subheading("Klaar vóór dit gesprek")]
    blocks.append(
        Table(columns=columns, rows=_agreement_rows(due))
        if due
        else Paragraph("Geen open afspraken met een datum vóór dit gesprek.")
    )
    blocks.append(Subheading("Andere open afspraken"))
    blocks.append(
        Table(columns=columns, rows=_agreement_rows(other)) if other else Paragraph("Geen.")
    )
    return Section(
        key="3",
        title="Afspraken",
        intro="Open afspraken en acties uit eerdere gesprekken.",
        blocks=blocks,
    )


def _moments(since: dt.date, next_talk: dt.date) -> Section:
    rows = db.read("monitoring_moments_for_contract_talk", since=since, until=next_talk).to_dicts()
    held = [m for m in rows if m["held_date"] is not None]
    open_ = [m for m in rows if m["held_date"] is None]
    blocks: list[Block] = [Subheading("Gehouden sinds het vorige gesprek")]
    if held:
        blocks.append(
            Items(
                [
                    (
                        f"{m['sub_assignment_title']} ({m['municipality_name']}), "
                        f"{formatting.date(m['held_date'])}",
                        str(m["reflection"]),
                    )
                    for m in held
                ]
            )
        )
    else:
        blocks.append(Paragraph("Geen."))
    blocks.append(Subheading("Nog te houden of te bespreken"))
    if open_:
        blocks.append(
            Table(
                columns=["Deelopdracht", "Gemeente", "Gepland op"],
                rows=[
                    [
                        m["sub_assignment_title"],
                        m["municipality_name"],
                        formatting.date(m["due_date"]),
                    ]
                    for m in open_
                ],
            )
        )
    else:
        blocks.append(Paragraph("Geen."))
    return Section(
        key="4",
        title="Monitoringsmomenten",
        intro="De monitoringsmomenten van de deelopdrachten, met hun reflecties.",
        blocks=blocks,
    )


def _key(report: ReportData) -> Section:
    deployment = next(b for b in report.sections[0].blocks if isinstance(b, Table))
    deviations = [
        a for a in db.read("agreements_open").to_dicts() if a["kind"] == "afwijking_verdeelsleutel"
    ]
    blocks: list[Block] = [deployment]
    blocks.append(Subheading("Afgesproken afwijkingen van de verdeelsleutel"))
    if deviations:
        blocks.append(
            Table(
                columns=["Gemeente", "Reden", "Periode", "Afgesproken op"],
                rows=[
                    [
                        d["municipality_name"],
                        d["reason"],
                        f"{formatting.date(d['period_start'])} tot "
                        + (formatting.date(d["period_end"]) if d["period_end"] else "open"),
                        formatting.date(d["talk_date"]),
                    ]
                    for d in deviations
                ],
            )
        )
    else:
        blocks.append(Paragraph("Er zijn geen lopende afwijkingen afgesproken."))
    return Section(
        key="5",
        title="Inzet naast de verdeelsleutel",
        intro=(
            f"De inzet per gemeente in het {report.period_label} naast de verdeelsleutel, en de "
            "afwijkingen die in eerdere gesprekken zijn afgesproken."
        ),
        blocks=blocks,
    )
