"""Shaping aggregated query results for the analysis pages: grids with suppression, labels, shares.

Everything here works on frames that the queries in ``queries/`` already aggregated; no counting
happens in Python. Suppression follows ``monitor.privacy`` for every viewer outside the pool team.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import polars as pl

from monitor import formatting, privacy
from monitor.privacy import Mask

REGION_KEY = "regio"
REGION_LABEL = "Regio"
NO_THEME_KEY = "zonder_thema"
NO_THEME_LABEL = "Zonder thema"
TOTAL_LABEL = "Totaal"

FORM_LABELS = {"individueel": "Individueel", "groep": "Groep", "open": "Open (inloop)"}
CARE_RELATION_LABELS = {
    "naast": "Naast professionele zorg",
    "in_plaats_van": "In plaats van professionele zorg",
    "ter_voorkoming_van": "Ter voorkoming van professionele zorg",
    "nazorg": "Nazorg na professionele zorg",
    "onbekend": "Niet vastgelegd",
}
NO_SUB_ASSIGNMENT_LABEL = "Geen deelopdracht"

# Measures of the reach page (query column -> Dutch label).
REACH_MEASURES = {"residents_reached": "Bereikte inwoners", "activities": "Activiteiten"}
# Measures of the key page; counts are suppressed, hours are not (as on Overzicht).
KEY_MEASURES = {
    "hours": "Uren",
    "activities": "Activiteiten",
    "residents_reached": "Bereikte inwoners",
}
COUNT_MEASURES = frozenset({"activities", "residents_reached", "notes", "signals"})


@dataclass(frozen=True)
class TrendMeasure:
    label: str
    query: str
    column: str
    breakdowns: tuple[str, ...]
    needs_viewer: bool = False


BREAKDOWNS = {
    "theme": "Thema",
    "municipality": "Gemeente",
    "activity_type": "Soort activiteit",
    "form": "Vorm",
    "sub_assignment": "Deelopdracht",
    "care_relation": "Relatie tot professionele zorg",
}
_ACTIVITY_BREAKDOWNS = tuple(BREAKDOWNS)
TREND_MEASURES = {
    "activities": TrendMeasure(
        "Activiteiten", "activity_trend_by_breakdown", "activities", _ACTIVITY_BREAKDOWNS
    ),
    "hours": TrendMeasure("Uren", "activity_trend_by_breakdown", "hours", _ACTIVITY_BREAKDOWNS),
    "residents_reached": TrendMeasure(
        "Bereikte inwoners",
        "activity_trend_by_breakdown",
        "residents_reached",
        _ACTIVITY_BREAKDOWNS,
    ),
    "notes": TrendMeasure(
        "Verhalen (die u kunt lezen)",
        "note_trend_by_breakdown",
        "notes",
        ("theme", "municipality", "sub_assignment"),
        needs_viewer=True,
    ),
    "signals": TrendMeasure(
        "Signalen",
        "signal_trend_by_breakdown",
        "signals",
        ("theme", "municipality"),
        needs_viewer=True,
    ),
}
GRAINS = {"month": "Maand", "quarter": "Kwartaal", "half_year": "Halfjaar"}


def value_formatter(measure: str) -> Callable[[float], str]:
    """Dutch text for a value of this measure: hours with one decimal, counts as whole numbers."""
    if measure == "hours":
        return lambda v: formatting.dec(v, 1)
    if measure.endswith("_eur"):
        return lambda v: formatting.eur(v, 0)
    return lambda v: formatting.num(v)


def labels_by_kind(vocabulary: pl.DataFrame) -> dict[str, dict[str, str]]:
    """``vocabulary_by_kind`` as {kind: {code: label}} in sort order, plus the fixed vocabularies."""
    out: dict[str, dict[str, str]] = {}
    for kind, code, label in vocabulary.select("kind", "code", "label").iter_rows():
        out.setdefault(kind, {})[code] = label
    out.setdefault("municipality", {})[REGION_KEY] = REGION_LABEL
    out.setdefault("theme", {})[NO_THEME_KEY] = NO_THEME_LABEL
    out.setdefault("sub_assignment", {})["geen"] = NO_SUB_ASSIGNMENT_LABEL
    out["form"] = dict(FORM_LABELS)
    out["care_relation"] = dict(CARE_RELATION_LABELS)
    return out


def label(labels: dict[str, str], key: str | None) -> str:
    return labels.get(key or "", key or "–")


def bucket_label(bucket: dt.date, grain: str) -> str:
    """'jan 2025', 'K1 2025' or 'H1 2025'."""
    if grain == "month":
        return formatting.month(bucket)
    if grain == "quarter":
        return f"K{(bucket.month - 1) // 3 + 1} {bucket.year}"
    return f"H{1 if bucket.month <= 6 else 2} {bucket.year}"


@dataclass(frozen=True)
class Grid:
    """Counts in rows × columns with their true totals and the suppression mask of every value."""

    row_keys: list[str]
    row_labels: list[str]
    col_keys: list[str]
    col_labels: list[str]
    cells: list[list[float]]
    row_totals: list[float]
    col_totals: list[float]
    grand_total: float
    cell_masks: list[list[Mask]]
    row_masks: list[Mask]
    col_masks: list[Mask]
    grand_mask: Mask

    def text(self, fmt: Callable[[float], str]) -> list[list[str]]:
        """Every cell as shown: formatted, or ``<5`` / ``×`` where suppressed."""
        return [
            [privacy.render(v, m, fmt) for v, m in zip(row, masks, strict=True)]
            for row, masks in zip(self.cells, self.cell_masks, strict=True)
        ]

    def visible_cells(self) -> list[list[float | None]]:
        """Cell values with every suppressed value removed (None), e.g. for a chart."""
        return [
            [v if m is Mask.SHOWN else None for v, m in zip(row, masks, strict=True)]
            for row, masks in zip(self.cells, self.cell_masks, strict=True)
        ]

    def row_total_view(self, fmt: Callable[[float], str]) -> tuple[list[float | None], list[str]]:
        """Row totals as a chart may show them (None where suppressed) and as text."""
        pairs = list(zip(self.row_totals, self.row_masks, strict=True))
        return (
            [v if m is Mask.SHOWN else None for v, m in pairs],
            [privacy.render(v, m, fmt) for v, m in pairs],
        )

    def table(self, fmt: Callable[[float], str], row_header: str) -> pl.DataFrame:
        """The grid with a total column and a total row, as text (what views and downloads show)."""
        out: dict[str, list[str]] = {row_header: [*self.row_labels, TOTAL_LABEL]}
        texts = self.text(fmt)
        for j, col in enumerate(self.col_labels):
            out[col] = [
                *(row[j] for row in texts),
                privacy.render(self.col_totals[j], self.col_masks[j], fmt),
            ]
        out[TOTAL_LABEL] = [
            *(
                privacy.render(v, m, fmt)
                for v, m in zip(self.row_totals, self.row_masks, strict=True)
            ),
            privacy.render(self.grand_total, self.grand_mask, fmt),
        ]
        return pl.DataFrame(out)

    def numbers(self, row_header: str) -> pl.DataFrame:
        """The grid with totals as numbers, for the pool team's downloads (nothing suppressed)."""
        if self.has_suppression:
            raise ValueError("numbers() would reveal suppressed values; use table()")
        out: dict[str, list[object]] = {row_header: [*self.row_labels, TOTAL_LABEL]}
        for j, col in enumerate(self.col_labels):
            out[col] = [*(row[j] for row in self.cells), self.col_totals[j]]
        out[TOTAL_LABEL] = [*self.row_totals, self.grand_total]
        return pl.DataFrame(out, strict=False)

    @property
    def has_suppression(self) -> bool:
        masks = [m for row in self.cell_masks for m in row]
        masks += [*self.row_masks, *self.col_masks, self.grand_mask]
        return any(m is not Mask.SHOWN for m in masks)


def download_frame(
    grid: Grid, fmt: Callable[[float], str], row_header: str, *, suppress: bool
) -> pl.DataFrame:
    """What a download holds: the suppressed text table for readers outside the pool team (the
    same as the view), plain numbers for the pool team."""
    return grid.table(fmt, row_header) if suppress else grid.numbers(row_header)


def build_grid(
    rows: Sequence[tuple[str, str]],
    cols: Sequence[tuple[str, str]],
    cells: dict[tuple[str, str], float],
    row_totals: dict[str, float],
    col_totals: dict[str, float],
    grand_total: float,
    *,
    suppress: bool,
) -> Grid:
    """A grid from (key, label) rows and columns and values looked up by key; missing = 0."""
    values = [[float(cells.get((r, c), 0) or 0) for c, _ in cols] for r, _ in rows]
    r_tot = [float(row_totals.get(r, 0) or 0) for r, _ in rows]
    c_tot = [float(col_totals.get(c, 0) or 0) for c, _ in cols]
    grand = float(grand_total or 0)
    if suppress:
        cell_masks, row_masks, col_masks, grand_mask = privacy.mask_grid_with_totals(
            values, r_tot, c_tot, grand
        )
    else:
        cell_masks = [[Mask.SHOWN for _ in cols] for _ in rows]
        row_masks, col_masks, grand_mask = (
            [Mask.SHOWN] * len(rows),
            [Mask.SHOWN] * len(cols),
            Mask.SHOWN,
        )
    return Grid(
        row_keys=[k for k, _ in rows],
        row_labels=[v for _, v in rows],
        col_keys=[k for k, _ in cols],
        col_labels=[v for _, v in cols],
        cells=values,
        row_totals=r_tot,
        col_totals=c_tot,
        grand_total=grand,
        cell_masks=cell_masks,
        row_masks=row_masks,
        col_masks=col_masks,
        grand_mask=grand_mask,
    )


def reach_grid(
    frame: pl.DataFrame,
    measure: str,
    rows: Sequence[tuple[str, str]],
    cols: Sequence[tuple[str, str]],
    *,
    suppress: bool,
) -> Grid:
    """The municipality × theme grid of ``reach_by_municipality_theme`` for one measure."""
    by_level: dict[str, list[dict[str, object]]] = {}
    for row in frame.iter_rows(named=True):
        by_level.setdefault(str(row["level"]), []).append(row)
    cells = {
        (str(r["municipality_key"]), str(r["theme_key"])): float(r[measure])  # type: ignore[arg-type]
        for r in by_level.get("cell", [])
    }
    row_totals = {
        str(r["municipality_key"]): float(r[measure])  # type: ignore[arg-type]
        for r in by_level.get("municipality", [])
    }
    col_totals = {
        str(r["theme_key"]): float(r[measure])  # type: ignore[arg-type]
        for r in by_level.get("theme", [])
    }
    grand_rows = by_level.get("all", [])
    grand = float(grand_rows[0][measure]) if grand_rows else 0.0  # type: ignore[arg-type]
    return build_grid(rows, cols, cells, row_totals, col_totals, grand, suppress=suppress)


def time_buckets(start: dt.date, end: dt.date, grain: str, until: dt.date) -> list[dt.date]:
    """The first day of every month, quarter or half-year from ``start`` up to ``end`` (exclusive)
    that has begun by ``until``; the same bucket starts the trend queries return."""
    step = {"month": 1, "quarter": 3}.get(grain, 6)
    day = dt.date(start.year, start.month - (start.month - 1) % step, 1)
    found = []
    while day < end and day <= until:
        found.append(day)
        month = day.month - 1 + step
        day = dt.date(day.year + month // 12, month % 12 + 1, 1)
    return found


def trend_grid(
    frame: pl.DataFrame,
    column: str,
    labels: dict[str, str],
    grain: str,
    *,
    suppress: bool,
    buckets: Sequence[dt.date] | None = None,
) -> Grid:
    """Breakdown keys × time buckets of a ``*_trend_by_breakdown`` frame.

    Row totals are sums over the buckets (each item falls in one bucket); column totals are the
    query's own per-bucket totals, which count an item with several keys once. ``buckets``
    adds time buckets without any data (shown as 0).
    """
    parts = frame.filter(~pl.col("is_total"))
    totals = frame.filter(pl.col("is_total"))
    found = set(frame.get_column("bucket").to_list())
    buckets = sorted(found | set(buckets or ()))
    present = set(parts.get_column("key").to_list())
    keys = [k for k in labels if k in present] + sorted(present - set(labels))
    cells = {
        (str(k), b.isoformat()): float(v)
        for b, k, v in parts.select("bucket", "key", column).iter_rows()
    }
    row_totals: dict[str, float] = {}
    for (k, _), v in cells.items():
        row_totals[k] = row_totals.get(k, 0.0) + v
    col_totals = {b.isoformat(): float(v) for b, v in totals.select("bucket", column).iter_rows()}
    return build_grid(
        [(k, label(labels, k)) for k in keys],
        [(b.isoformat(), bucket_label(b, grain)) for b in buckets],
        cells,
        row_totals,
        col_totals,
        sum(col_totals.values()),
        suppress=suppress,
    )


def column_masks(values: Sequence[float], *, suppress: bool) -> list[Mask]:
    """Masks for one column of counts whose total is known to the reader (shown or derivable)."""
    if not suppress:
        return [Mask.SHOWN] * len(values)
    masks, _ = privacy.mask_column([v or 0 for v in values])
    return masks


def estimate_note(total: float, estimated: float, *, suppress: bool) -> str:
    """How many of the residents reached are estimates, hiding either part when it is 1–4."""
    exact = total - estimated
    if suppress and (privacy.is_small(estimated) or privacy.is_small(exact)):
        return (
            "Een deel van de bereikte inwoners is een schatting; het precieze aantal is te klein "
            "om te tonen."
        )
    return (
        f"Van de {formatting.num(total)} bereikte inwoners in deze selectie "
        f"{'is' if estimated == 1 else 'zijn er'} {formatting.num(estimated)} geschat "
        "(bij inloop en groepen)."
    )


@dataclass(frozen=True)
class KeyComparison:
    """Per place (alphabetical, region last): key share next to actual share, as shown."""

    codes: list[str | None]
    names: list[str]
    key_shares: list[float | None]
    shares: list[float | None]
    share_text: list[str]
    value_text: list[str]

    def table(self, measure_label: str) -> pl.DataFrame:
        return pl.DataFrame(
            {
                "Gemeente": self.names,
                "Aandeel verdeelsleutel": [
                    formatting.pct(v) if v is not None else "–" for v in self.key_shares
                ],
                f"Inzet ({measure_label.lower()})": self.value_text,
                "Aandeel in de inzet": self.share_text,
            }
        )


def key_comparison(
    frame: pl.DataFrame, measure: str, *, allocate: bool, suppress: bool
) -> KeyComparison:
    """One measure of ``deployment_by_municipality``, with small counts masked for the reader.

    Counts are masked as one column with a known total (the period total is shown elsewhere), and
    a masked count hides its share too, since share × total would give it away.
    """
    rows = frame.filter(pl.col("measure") == measure)
    value_col, share_col = (
        ("allocated_value", "allocated_share_pct") if allocate else ("value", "share_pct")
    )
    values = [float(v or 0) for v in rows.get_column(value_col).to_list()]
    masks = column_masks(values, suppress=suppress and measure in COUNT_MEASURES)
    fmt = value_formatter(measure)
    if allocate and measure != "hours":
        fmt = lambda v: formatting.dec(v, 1)  # noqa: E731 (allocated counts are fractions)
    shares = rows.get_column(share_col).to_list()
    codes = rows.get_column("municipality_code").to_list()
    value_text = [privacy.render(v, m, fmt) for v, m in zip(values, masks, strict=True)]
    share_text = [
        privacy.render(s or 0, m, lambda x: formatting.pct(x, 1))
        for s, m in zip(shares, masks, strict=True)
    ]
    if allocate:
        # The region's deployment is spread over the municipalities in this view.
        value_text = [
            t if c is not None else "verdeeld" for t, c in zip(value_text, codes, strict=True)
        ]
        share_text = [
            t if c is not None else "verdeeld" for t, c in zip(share_text, codes, strict=True)
        ]
    return KeyComparison(
        codes=codes,
        names=rows.get_column("municipality_name").to_list(),
        key_shares=rows.get_column("key_share_pct").to_list(),
        shares=[
            (s or 0.0) if m is Mask.SHOWN else None for s, m in zip(shares, masks, strict=True)
        ],
        share_text=share_text,
        value_text=value_text,
    )


def budget_table(frame: pl.DataFrame, *, allocate: bool) -> pl.DataFrame:
    """``budget_by_municipality`` as the euro table: key amount next to delivered value."""
    delivered = frame.get_column("delivered_allocated_eur" if allocate else "delivered_eur")
    codes = frame.get_column("municipality_code").to_list()
    return pl.DataFrame(
        {
            "Gemeente": frame.get_column("municipality_name").to_list(),
            "Volgens verdeelsleutel": [
                formatting.eur(v, 0) if v is not None else "–"
                for v in frame.get_column("key_amount_eur").to_list()
            ],
            "Geleverde inzet, gewaardeerd": [
                "verdeeld" if allocate and c is None else formatting.eur(v, 0)
                for v, c in zip(delivered.to_list(), codes, strict=True)
            ],
        }
    )


def share_series(
    history: Sequence[tuple[dt.date, pl.DataFrame]], measure: str, *, allocate: bool, suppress: bool
) -> dict[str, tuple[list[dt.date], list[float | None], list[float | None]]]:
    """Per place: half-year starts, its (masked) share of the deployment and its key share."""
    series: dict[str, tuple[list[dt.date], list[float | None], list[float | None]]] = {}
    for start, frame in history:
        view = key_comparison(frame, measure, allocate=allocate, suppress=suppress)
        for code, name, share, key in zip(
            view.codes, view.names, view.shares, view.key_shares, strict=True
        ):
            if allocate and code is None:
                continue
            starts, shares, keys = series.setdefault(name, ([], [], []))
            starts.append(start)
            shares.append(share)
            keys.append(key)
    return series
