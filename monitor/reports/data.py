"""Build the half-year report data from ``queries/report_*.sql``: sections (a)–(e) of the contract.

The report leaves the pool team, so every count in it is suppressed (``monitor.privacy``), and
only notes whose authors marked them ``citeerbaar`` are ever quoted.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import polars as pl

from monitor import charts_report, db, formatting, periods, privacy, text
from monitor.reports import quotes as quote_selection
from monitor.reports.model import (
    Block,
    Chart,
    Items,
    Paragraph,
    Quote,
    ReportData,
    Section,
    Subheading,
    Table,
)

CONTRACT = (
    "Inzet regionale pool ervaringsdeskundigen, MGR Noord- en Midden-Limburg (module 2), "
    "voor de 14 gemeenten"
)
QUOTE_MAX_CHARS = 360
EMERGING_MIN_COUNT = 3
TAGS_PER_PLACE = 8
LOCAL = ZoneInfo("Europe/Amsterdam")
WIDE_TABLE_COLUMNS = 8

SIGNAL_TYPES = {
    "trend": "Trend",
    "aanbod_gemist": "Aanbod gemist",
    "knelpunt_beleid": "Knelpunt in beleid",
    "onbedoelde_uitsluiting": "Onbedoelde uitsluiting",
    "goed_voorbeeld": "Goed voorbeeld",
}
SIGNAL_STATUS = {
    "nieuw": "Nieuw",
    "besproken": "Besproken",
    "beantwoord": "Beantwoord",
    "teruggekoppeld": "Teruggekoppeld",
}
FREQUENCY = {
    "maandelijks": "maandelijks",
    "per_kwartaal": "per kwartaal",
    "halfjaarlijks": "halfjaarlijks",
    "jaarlijks": "jaarlijks",
    "anders": "anders",
}
SUB_STATUS = {
    "in_voorbereiding": "in voorbereiding",
    "actief": "actief",
    "afgerond": "afgerond",
    "gestopt": "gestopt",
}
DIMENSIONS = [
    ("type", "Soort activiteit"),
    ("rol", "Rol"),
    ("vorm", "Vorm"),
    ("vindplek", "Vindplek"),
    ("zorgrelatie", "Verhouding tot professionele zorg"),
]

REACHED_DEFINITION = (
    "Het aantal inwoners dat bij een activiteit aanwezig was of persoonlijk werd ondersteund, "
    "zoals de ervaringsdeskundige het registreerde. Bij inloop en open activiteiten is dit vaak "
    "een schatting. Wie vaker komt, telt bij elke activiteit opnieuw mee: het is een aantal "
    "contacten, geen aantal unieke personen. Er worden geen namen of andere gegevens van "
    "inwoners vastgelegd."
)


def build_report(
    period_code: str,
    *,
    municipality_code: str | None = None,
    prepared_by: str,
    today: dt.date | None = None,
) -> ReportData:
    """The half-year report for the region, or for one municipality with the region as context."""
    period = periods.parse(period_code)
    if not period.code.endswith(("H1", "H2")):
        raise ValueError(
            f"Een halfjaarrapportage gaat over een halfjaar, niet over '{period_code}'."
        )
    today = today or dt.date.today()
    deployment = db.read("report_deployment_by_municipality", start=period.start, end=period.end)
    municipality_name = None
    if municipality_code is not None:
        match = deployment.filter(pl.col("municipality_code") == municipality_code)
        if match.is_empty():
            raise ValueError(f"Onbekende gemeente: {municipality_code}")
        municipality_name = str(match.item(0, "municipality_name"))
    ctx = _Context(period, municipality_code, municipality_name)
    sections = [
        _section_a(ctx, deployment),
        _section_b(ctx),
        _section_c(ctx),
        _section_d(ctx),
        _section_e(ctx),
    ]
    sections[2].blocks.extend(_selected_stories(ctx))
    sections[3].blocks.extend(_interpreted_trends(ctx))
    subtitle = "Regionale pool ervaringsdeskundigen Noord- en Midden-Limburg"
    title = f"Halfjaarrapportage {period.label}"
    if municipality_name:
        title += f", gemeente {municipality_name}"
    return ReportData(
        period_code=period.code,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        municipality_code=municipality_code,
        municipality_name=municipality_name,
        title=title,
        subtitle=subtitle,
        front=_front(ctx, prepared_by, today),
        sections=sections,
        definitions=_definitions(db.read("report_added_value_tags").to_dicts()),
        generated_on=today,
    )


class _Context:
    def __init__(
        self, period: periods.Period, municipality_code: str | None, municipality_name: str | None
    ) -> None:
        self.period = period
        self.code = municipality_code
        self.name = municipality_name
        self.last_day = period.end - dt.timedelta(days=1)

    @property
    def span(self) -> str:
        return f"{formatting.date(self.period.start)} tot en met {formatting.date(self.last_day)}"


def _front(ctx: _Context, prepared_by: str, today: dt.date) -> list[tuple[str, str]]:
    recorded = f"Cijfers zoals geregistreerd op {formatting.date(today)}."
    decided = {
        r["period"]: r for r in db.read("period_statuses").to_dicts() if r["status"] == "definitief"
    }.get(ctx.period.code)
    if today <= ctx.last_day:
        status = (
            f"Voorlopig: het halfjaar loopt nog tot en met {formatting.date(ctx.last_day)}. "
            + recorded
        )
    elif decided is not None:
        status = (
            f"Definitief: vastgesteld door {decided['decided_by']} op "
            f"{formatting.date(_local_date(decided['decided_at']))}. " + recorded
        )
    else:
        status = (
            "Voorlopig: het halfjaar is afgesloten, maar de cijfers zijn nog niet definitief "
            "gemaakt (dat gebeurt na het contractgesprek). " + recorded
        )
    front = [
        ("Periode", f"{ctx.period.label.capitalize()} ({ctx.span})"),
        ("Contract", CONTRACT),
        ("Opgesteld door", prepared_by),
        ("Datum", formatting.date(today)),
        ("Status van de cijfers", status),
        ("Kleine aantallen", "Aantallen van 1 tot en met 4 staan er als <5 (zie Begrippen)."),
    ]
    if ctx.name:
        front.insert(1, ("Gemeente", f"{ctx.name}, met de regio als context"))
    return front


# (a) -------------------------------------------------------------------------------------------


def _section_a(ctx: _Context, deployment: pl.DataFrame) -> Section:
    rows = deployment.to_dicts()
    total_hours = sum(r["hours"] for r in rows)
    act = _masked([r["activities"] for r in rows])
    res = _masked([r["residents_reached"] for r in rows])
    table_rows: list[list[str]] = []
    for i, r in enumerate(rows):
        if ctx.code is not None and r["municipality_code"] not in (ctx.code, None):
            continue
        table_rows.append(
            [
                r["municipality_name"],
                formatting.pct(r["key_share_pct"]) if r["key_share_pct"] is not None else "–",
                act.cells[i],
                formatting.dec(r["hours"]),
                formatting.pct(_share(r["hours"], total_hours), 1),
                _small(r["peer_experts"]),
                res.cells[i],
            ]
        )
    total_label = "Totaal regio" if ctx.code is None else "Hele regio (ter vergelijking)"
    table_rows.append(
        [
            total_label,
            formatting.pct(100),
            act.total,
            formatting.dec(total_hours),
            formatting.pct(100 if total_hours else 0, 1),
            "",
            res.total,
        ]
    )
    blocks: list[Block] = [
        Paragraph(
            f"In het {ctx.period.label} werkten de ervaringsdeskundigen {formatting.dec(total_hours)} "
            f"uur bij {act.total} activiteiten en bereikten zij {res.total} keer een inwoner. "
            "De verdeelsleutel staat ernaast als context: in onderling overleg mag de reële vraag "
            "leidender zijn dan de boekhoudkundige verdeling."
        ),
        Subheading("Inzet per gemeente"),
        Table(
            columns=[
                "Gemeente",
                "Verdeelsleutel",
                "Activiteiten",
                "Uren",
                "Aandeel uren",
                "Ervaringsdeskundigen",
                "Bereikte inwoners",
            ],
            rows=table_rows,
            numeric=frozenset(range(1, 7)),
            has_total=True,
            caption="'Regio' is inzet voor de hele regio, niet voor één gemeente.",
        ),
    ]
    chart_rows = [r for r in rows if r["municipality_code"] is not None]
    if total_hours > 0:
        blocks.append(
            Chart(
                title="Aandeel in de uren naast het aandeel volgens de verdeelsleutel",
                figure=charts_report.deployment_vs_key(
                    [r["municipality_name"] for r in chart_rows],
                    [_share(r["hours"], total_hours) for r in chart_rows],
                    [r["key_share_pct"] for r in chart_rows],
                ),
                description=(
                    "Per gemeente het aandeel in de gewerkte uren van dit halfjaar (zonder de "
                    "regionale uren) naast het aandeel volgens de verdeelsleutel."
                ),
                height=max(320, 34 * len(chart_rows) + 90),
            )
        )
    blocks += [Subheading("Bereikte inwoners per gemeente en thema"), *_reach_table(ctx)]
    return Section(
        key="a",
        title="Inzet en bereik per gemeente",
        intro=(
            "De inzet van de ervaringsdeskundigen per gemeente en het aantal bereikte inwoners per "
            "gemeente, met het thema waarop zij werden ingezet."
        ),
        blocks=blocks,
    )


def _reach_table(ctx: _Context) -> list[Block]:
    df = db.read("report_reach_by_municipality_theme", start=ctx.period.start, end=ctx.period.end)
    if ctx.code is not None:
        df = df.filter(
            pl.col("municipality_code").is_null() | (pl.col("municipality_code") == ctx.code)
        )
    if df.is_empty():
        return [Paragraph("In deze periode zijn geen activiteiten met een thema geregistreerd.")]
    places = list(dict.fromkeys(df.get_column("municipality_name").to_list()))
    ordered = df.sort(["theme_sort_order", "theme_label"])
    pivot = privacy.suppress_pivot(
        ordered, "theme_label", "municipality_name", "residents_reached", fmt=formatting.num
    )
    pivot = pivot.select(["theme_label", *places, "Totaal"])
    columns = ["Thema", *places, "Totaal"]
    return [
        Table(
            columns=columns,
            rows=[[str(v) for v in row] for row in pivot.iter_rows()],
            numeric=frozenset(range(1, len(columns))),
            has_total=True,
            wide=len(columns) > WIDE_TABLE_COLUMNS,
            caption=(
                "Een activiteit kan over meer dan één thema gaan; de inwoners tellen dan bij elk "
                "thema mee. De totalen per gemeente zijn daardoor hoger dan het aantal bereikte "
                "inwoners in de tabel hierboven."
            ),
        )
    ]


# (b) -------------------------------------------------------------------------------------------


def _section_b(ctx: _Context) -> Section:
    df = db.read(
        "report_activities_by_dimension",
        start=ctx.period.start,
        end=ctx.period.end,
        municipality=ctx.code,
    )
    blocks: list[Block] = []
    if df.is_empty():
        blocks.append(Paragraph("In deze periode zijn geen activiteiten geregistreerd."))
    for dim, title in DIMENSIONS:
        part = df.filter(pl.col("dimension") == dim)
        if part.is_empty():
            continue
        blocks.append(Subheading(title))
        blocks.append(_count_table(title, part))
        if dim == "type":
            blocks.append(
                Chart(
                    title="Uren per soort activiteit",
                    figure=charts_report.hours_by_label(
                        part.get_column("label").to_list(), part.get_column("hours").to_list()
                    ),
                    description="De gewerkte uren van dit halfjaar per soort activiteit.",
                    height=max(260, 34 * part.height + 90),
                )
            )
    scope = f"in {ctx.name}" if ctx.name else "in de regio"
    return Section(
        key="b",
        title="Activiteiten",
        intro=(
            f"De activiteiten waarop de ervaringsdeskundigen {scope} werden ingezet: naar soort, "
            "rol, vorm, vindplek en verhouding tot professionele zorg."
        ),
        blocks=blocks,
    )


def _count_table(label_title: str, df: pl.DataFrame) -> Table:
    rows = df.to_dicts()
    act = _masked([r["activities"] for r in rows])
    res = _masked([r["residents_reached"] for r in rows])
    body = [
        [r["label"], act.cells[i], formatting.dec(r["hours"]), res.cells[i]]
        for i, r in enumerate(rows)
    ]
    body.append(["Totaal", act.total, formatting.dec(sum(r["hours"] for r in rows)), res.total])
    return Table(
        columns=[label_title, "Activiteiten", "Uren", "Bereikte inwoners"],
        rows=body,
        numeric=frozenset({1, 2, 3}),
        has_total=True,
    )


# (c) -------------------------------------------------------------------------------------------


def _section_c(ctx: _Context) -> Section:
    tags = db.read(
        "report_added_value_by_municipality",
        start=ctx.period.start,
        end=ctx.period.end,
        municipality=ctx.code,
    )
    chosen = quote_selection.quotes_for_report(ctx.period, ctx.code)
    places = list(
        dict.fromkeys(
            [
                *tags.get_column("municipality_name").to_list(),
                *(q["municipality_name"] for q in chosen),
            ]
        )
    )
    places.sort(key=lambda name: (name == "Regio", name))
    blocks: list[Block] = []
    if not places:
        blocks.append(
            Paragraph("In deze periode zijn geen verhalen met een waarneming van meerwaarde.")
        )
    for place in places:
        blocks.append(Subheading(place))
        place_tags = tags.filter(pl.col("municipality_name") == place).head(TAGS_PER_PLACE)
        if not place_tags.is_empty():
            seen = ", ".join(
                f"{r['tag_label']} ({_small(r['notes'])})" for r in place_tags.to_dicts()
            )
            blocks.append(Paragraph(f"Meest waargenomen meerwaarde (aantal verhalen): {seen}."))
        for q in chosen:
            if q["municipality_name"] == place:
                blocks.append(_quote(q))
    return Section(
        key="c",
        title="Geconstateerde meerwaarde per gemeente",
        intro=(
            "Welke meerwaarde de ervaringsdeskundigen zagen, zoals zij die in hun verhalen "
            "vastlegden, met citaten uit verhalen die de schrijver zelf citeerbaar maakte. De "
            "coördinator koos de citaten."
        ),
        blocks=blocks,
    )


def _quote(q: dict[str, Any]) -> Quote:
    kind = "wij-verhaal" if q["level"] == "wij" else "ik-verhaal"
    return Quote(
        note_id=int(q["note_id"]),
        text=shorten(str(q["body"]), QUOTE_MAX_CHARS),
        source=f"Ervaringsdeskundige, {q['municipality_name']}, "
        f"{formatting.date(q['note_date'])} ({kind})",
        tags=list(q["tags"] or []),
    )


def shorten(text: str, limit: int) -> str:
    """The text up to ``limit`` characters, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + " …"


# (d) -------------------------------------------------------------------------------------------


def emerging_terms_block(period: periods.Period, municipality_code: str | None) -> list[Block]:
    """What emerged in the narratives: words used relatively more than the half-year before.

    Uses ``monitor.text.emerging_terms`` (weighted log-odds) over notes opened up beyond the pool.
    """
    previous = period.previous()
    now = _note_texts(period, municipality_code)
    before = _note_texts(previous, municipality_code)
    blocks: list[Block] = [Subheading("Wat opkwam in de verhalen")]
    if not now:
        blocks.append(
            Paragraph("Er zijn in deze periode geen gedeelde verhalen om te vergelijken.")
        )
        return blocks
    terms = text.emerging_terms(now, before, top=10, min_count=EMERGING_MIN_COUNT)
    rising = terms.filter(
        (pl.col("direction") == "stijgt") & (pl.col("count_a") >= EMERGING_MIN_COUNT)
    )
    if rising.is_empty():
        blocks.append(
            Paragraph(
                f"In de {formatting.num(len(now))} gedeelde verhalen van dit halfjaar springen geen "
                "woorden eruit ten opzichte van het vorige halfjaar."
            )
        )
        return blocks
    blocks.append(
        Table(
            columns=[
                "Woord of woordpaar",
                f"Keer in {period.code}",
                f"Keer in {previous.code}",
                "Verschil",
            ],
            rows=[
                [
                    str(r["label"]),
                    formatting.num(r["count_a"]),
                    formatting.num(r["count_b"]),
                    text.z_to_text(float(r["z"])),
                ]
                for r in rising.to_dicts()
            ],
            numeric=frozenset({1, 2}),
            caption=(
                f"Uit {formatting.num(len(now))} verhalen van dit halfjaar en "
                f"{formatting.num(len(before))} van het vorige die de schrijvers met de "
                "begeleidingsgroep of als citeerbaar deelden. Woorden die relatief vaker "
                "voorkwamen (gewogen log-odds); een aanleiding om door te vragen, geen conclusie."
            ),
        )
    )
    return blocks


def _note_texts(period: periods.Period, municipality_code: str | None) -> list[str]:
    df = db.read(
        "report_note_texts_for_period",
        start=period.start,
        end=period.end,
        municipality=municipality_code,
    )
    return [str(b) for b in df.get_column("body").to_list()]


def _section_d(ctx: _Context) -> Section:
    previous = ctx.period.previous()
    blocks: list[Block] = emerging_terms_block(ctx.period, ctx.code)
    shares = db.read(
        "report_theme_shares_by_period",
        start=ctx.period.start,
        end=ctx.period.end,
        previous_start=previous.start,
        municipality=ctx.code,
    )
    blocks.append(Subheading("Thema's van de activiteiten, vergeleken met het vorige halfjaar"))
    if shares.is_empty():
        blocks.append(
            Paragraph("In deze en de vorige periode zijn geen activiteiten met een thema.")
        )
    else:
        rows = shares.to_dicts()
        now_total = sum(r["activities"] for r in rows)
        before_total = sum(r["activities_previous"] for r in rows)
        body = []
        for r in rows:
            body.append(
                [
                    r["theme_label"],
                    _small(r["activities_previous"]),
                    _share_text(r["activities_previous"], before_total),
                    _small(r["activities"]),
                    _share_text(r["activities"], now_total),
                ]
            )
        blocks.append(
            Table(
                columns=[
                    "Thema",
                    f"Activiteiten {previous.code}",
                    "Aandeel",
                    f"Activiteiten {ctx.period.code}",
                    "Aandeel",
                ],
                rows=body,
                numeric=frozenset({1, 2, 3, 4}),
                caption=(
                    "Aandeel: het deel van alle thema-vermeldingen bij activiteiten in die periode. "
                    "Bij minder dan 5 activiteiten blijft het aandeel weg (–)."
                ),
            )
        )
        charted = [
            r
            for r in rows
            if not privacy.is_small(r["activities"])
            and not privacy.is_small(r["activities_previous"])
            and (r["activities"] or r["activities_previous"])
        ]
        if charted:
            blocks.append(
                Chart(
                    title="Aandeel per thema, dit en vorig halfjaar",
                    figure=charts_report.theme_shares(
                        [r["theme_label"] for r in charted],
                        [_share(r["activities"], now_total) for r in charted],
                        [_share(r["activities_previous"], before_total) for r in charted],
                        ctx.period.label.capitalize(),
                        previous.label.capitalize(),
                    ),
                    description=(
                        "Het aandeel van elk thema in de activiteiten, dit halfjaar naast het "
                        "vorige; thema's met minder dan 5 activiteiten staan alleen in de tabel."
                    ),
                    height=max(280, 40 * len(charted) + 90),
                )
            )
    blocks += _signals(ctx)
    return Section(
        key="d",
        title="Trends en signalen",
        intro=(
            "Wat er opkwam in het werk van de ervaringsdeskundigen, en elk signaal van dit "
            "halfjaar met de stand van zaken en het antwoord."
        ),
        blocks=blocks,
    )


def _signals(ctx: _Context) -> list[Block]:
    df = db.read(
        "report_signals_for_period",
        start=ctx.period.start,
        end=ctx.period.end,
        municipality=ctx.code,
    )
    blocks: list[Block] = [Subheading("Signalen")]
    if df.is_empty():
        blocks.append(Paragraph("In deze periode zijn geen signalen afgegeven."))
        return blocks
    rows = []
    for s in df.to_dicts():
        themes = ", ".join(s["themes"] or [])
        rows.append(
            [
                formatting.date(s["raised_date"], "short"),
                s["municipality_name"],
                SIGNAL_TYPES.get(s["signal_type"], s["signal_type"]),
                s["title"] + (f" ({themes})" if themes else ""),
                s["description"],
                SIGNAL_STATUS.get(s["status"], s["status"]),
                s["response"] or "Nog geen antwoord.",
            ]
        )
    blocks.append(
        Table(
            columns=["Datum", "Gemeente", "Soort", "Signaal", "Toelichting", "Status", "Antwoord"],
            rows=rows,
            wide=True,
        )
    )
    return blocks


# (e) -------------------------------------------------------------------------------------------


def _section_e(ctx: _Context) -> Section:
    subs = db.read(
        "report_sub_assignment_results",
        start=ctx.period.start,
        end=ctx.period.end,
        municipality=ctx.code,
    )
    moments = db.read(
        "report_monitoring_moments_for_period", start=ctx.period.start, end=ctx.period.end
    )
    blocks: list[Block] = []
    if subs.is_empty():
        blocks.append(Paragraph("In deze periode liepen geen deelopdrachten."))
    for s in subs.to_dicts():
        blocks.append(Subheading(f"{s['title']} ({s['municipality_name']})"))
        running = formatting.date(s["start_date"]) + (
            f" tot {formatting.date(s['end_date'])}" if s["end_date"] else ", doorlopend"
        )
        blocks.append(
            Items(
                [
                    ("Doelen", s["goals"]),
                    ("Monitoringswijze", f"{s['monitoring_method']} ({FREQUENCY[s['frequency']]})"),
                    ("Verantwoording", s["accountability"]),
                    ("Waaraan je het merkt", s["signs"] or "–"),
                    ("Looptijd en status", f"{running}; {SUB_STATUS[s['status']]}"),
                ]
            )
        )
        # Residents per sub-assignment are left out on purpose: beside the totals of (a) they
        # could undo the complementary suppression of a municipality's count.
        blocks.append(
            Paragraph(
                f"Dit halfjaar: {_small(s['activities'])} activiteiten, "
                f"{formatting.dec(s['hours'])} uur en {_small(s['notes'])} verhalen."
            )
        )
        own = moments.filter(pl.col("sub_assignment_id") == s["id"]).to_dicts()
        reflections = [
            (f"Monitoringsmoment {formatting.date(m['held_date'])}", str(m["reflection"]))
            for m in own
            if m["held_date"] is not None
        ]
        open_moments = [m for m in own if m["held_date"] is None]
        if reflections:
            blocks.append(Items(reflections))
        for m in open_moments:
            blocks.append(
                Paragraph(
                    f"Het monitoringsmoment van {formatting.date(m['due_date'])} is nog niet "
                    "gehouden.",
                    muted=True,
                )
            )
        if not own:
            blocks.append(
                Paragraph(
                    "Dit halfjaar viel geen monitoringsmoment voor deze deelopdracht.", muted=True
                )
            )
    return Section(
        key="e",
        title="Resultaten per deelopdracht",
        intro=(
            "Per deelopdracht wat er gebeurde, gemeten aan de eigen doelen en de eigen manier van "
            "monitoren die voor die deelopdracht zijn afgesproken, met de reflecties uit de "
            "monitoringsmomenten."
        ),
        blocks=blocks,
    )


# Definitions -----------------------------------------------------------------------------------


def _definitions(tags: list[dict[str, Any]]) -> Section:
    return Section(
        key="definities",
        title="Begrippen",
        intro="De begrippen en regels die in deze rapportage zijn gebruikt.",
        blocks=[
            Items(
                [
                    ("Bereikt", REACHED_DEFINITION),
                    (
                        "Inzet",
                        "De activiteiten en gewerkte uren van de ervaringsdeskundigen, "
                        "per gemeente waar de activiteit plaatsvond. Regionale activiteiten "
                        "staan apart als 'Regio'.",
                    ),
                    (
                        "Verdeelsleutel",
                        "Het percentage per gemeente uit de financiële "
                        "verdeelsleutel van module 2 van de MGR, geldig bij het begin van het "
                        "halfjaar. De sleutel is context, geen norm.",
                    ),
                    (
                        "Meerwaarde",
                        "Wat ervaringsdeskundigen in hun verhalen als meerwaarde "
                        "benoemden (bijvoorbeeld laagdrempelig, vertrouwen). Alleen verhalen die "
                        "de schrijver met anderen deelde tellen mee.",
                    ),
                    (
                        "Citaat",
                        "Alleen verhalen die de schrijver zelf als citeerbaar "
                        "markeerde, worden geciteerd, zonder naam van de schrijver.",
                    ),
                    (
                        "Signaal",
                        "Een waarneming van een ervaringsdeskundige voor beleid: een "
                        "trend, gemist aanbod, een knelpunt, onbedoelde uitsluiting of een goed "
                        "voorbeeld.",
                    ),
                ]
            ),
            Subheading("Meerwaarde: de labels"),
            Items([(str(r["label"]), str(r["description"])) for r in tags]),
            Subheading("Kleine aantallen"),
            Paragraph(privacy.RULE_TEXT, rich=True),
            Paragraph(
                "De cijfers zijn context voor het gesprek, geen doelen of normen: er is bewust "
                "geen rangorde van gemeenten of ervaringsdeskundigen.",
                muted=True,
            ),
        ],
    )


# Helpers ---------------------------------------------------------------------------------------


class _Masked:
    def __init__(self, cells: list[str], total: str) -> None:
        self.cells = cells
        self.total = total


def _masked(values: list[int]) -> _Masked:
    """Counts of one column with their total, suppressed (primary and complementary)."""
    masks, total_mask = privacy.mask_column(values)
    cells = [privacy.render(v, m, formatting.num) for v, m in zip(values, masks, strict=True)]
    return _Masked(cells, privacy.render(sum(values), total_mask, formatting.num))


def _small(value: int | None) -> str:
    """One count without a total beside it: only primary suppression is needed."""
    value = int(value or 0)
    return privacy.PRIMARY_TEXT if privacy.is_small(value) else formatting.num(value)


def _local_date(moment: dt.datetime) -> dt.date:
    return moment.astimezone(LOCAL).date() if moment.tzinfo else moment.date()


def _share(part: float, whole: float) -> float:
    return 100.0 * part / whole if whole else 0.0


def _share_text(count: int, total: int) -> str:
    if privacy.is_small(count):
        return "–"
    return formatting.pct(_share(count, total), 1)


def _selected_stories(ctx: _Context) -> list[Block]:
    """Stories the begeleidingsgroep chose in the round of this half-year, with why (issue 10)."""
    rows = db.read(
        "story_selections_for_period", period=ctx.period.code, municipality_code=ctx.code
    ).to_dicts()
    if not rows:
        return []
    blocks: list[Block] = [
        Subheading("Verhalen gekozen in de verhalenronde"),
        Paragraph(
            "De begeleidingsgroep las de verhalen die ervaringsdeskundigen voorstelden en koos "
            "per domein de meest betekenisvolle. Bij elk verhaal staat waarom."
        ),
    ]
    for r in rows:
        blocks.append(
            Quote(
                r["note_id"],
                r["body"],
                f"{r['municipality_name']} · {r['domain_label']}",
                [r["domain_label"]],
            )
        )
        blocks.append(Paragraph(f"Waarom gekozen ({r['decided_by']}): {r['reason']}", muted=True))
    return blocks


def _interpreted_trends(ctx: _Context) -> list[Block]:
    """Observed trends with at least two competing interpretations; others stay out."""
    rows = [
        r
        for r in db.read(
            "trend_annotations_for_period", period=ctx.period.code, context=None
        ).to_dicts()
        if r["interpretation_count"] >= 2
    ]
    if not rows:
        return []
    blocks: list[Block] = [
        Subheading("Geduide trends"),
        Paragraph(
            "Een trend staat hier alleen met ten minste twee concurrerende duidingen: eerst "
            "samen kijken wat het kan betekenen, dan pas conclusies."
        ),
    ]
    for r in rows:
        items = [("Waarneming", f"{r['observation']} ({r['created_by']})")]
        items += [("Duiding", f"{i['body']} ({i['author']})") for i in r["interpretations"]]
        blocks.append(Subheading(r["subject"]))
        blocks.append(Items(items))
    return blocks
