"""Figures for sub-assignments and development goals: plain builders returning ``go.Figure``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import plotly.graph_objects as go
import polars as pl

from monitor import charts, formatting, privacy

MEASURES = (
    ("activities", "Activiteiten"),
    ("hours", "Uren"),
    ("residents_reached", "Bereikte inwoners"),
)

# A map-like grid of the 14 municipalities, north at the top: (row, column).
TILE_POSITIONS: dict[str, tuple[int, int]] = {
    "GM0907": (0, 2),  # Gennep
    "GM0893": (1, 2),  # Bergen (L.)
    "GM0984": (2, 1),  # Venray
    "GM1507": (3, 1),  # Horst aan de Maas
    "GM0983": (3, 2),  # Venlo
    "GM1894": (4, 1),  # Peel en Maas
    "GM0889": (4, 2),  # Beesel
    "GM0946": (5, 0),  # Nederweert
    "GM1640": (5, 1),  # Leudal
    "GM0988": (6, 0),  # Weert
    "GM0957": (6, 1),  # Roermond
    "GM1669": (6, 2),  # Roerdalen
    "GM1641": (7, 1),  # Maasgouw
    "GM1711": (8, 1),  # Echt-Susteren
}
TILE_WITH = "#DCEAF5"  # light blue: something is going on here (information, not a verdict)
TILE_WITHOUT = "#F2F2F2"  # light grey: nothing recorded yet
TILE_EDGE = "#9AA5B1"


def activity_over_time(
    df: pl.DataFrame,
    masks: Mapping[str, Sequence[privacy.Mask]] | None = None,
    events: Sequence[tuple[dt.date, str]] | None = None,
) -> go.Figure:
    """Grouped bars per period (``sub_assignments.activity_over_time`` frame).

    A suppressed count is drawn as an empty bar labelled ``<5`` (or ``×``), never its value.
    Context ``events`` (date, label) inside the chart's periods are drawn as dotted lines, as on
    every time chart.
    """
    masks = masks or {}
    fig = go.Figure()
    labels = df.get_column("label").to_list()
    for i, (column, name) in enumerate(MEASURES):
        values = df.get_column(column).to_list()
        column_masks = list(masks.get(column, [privacy.Mask.SHOWN] * len(values)))
        fmt = formatting.dec if column == "hours" else formatting.num
        shown = [privacy.render(v, m, fmt) for v, m in zip(values, column_masks, strict=True)]
        hidden = [m is not privacy.Mask.SHOWN for m in column_masks]
        fig.add_trace(
            go.Bar(
                x=labels,
                y=[0 if h else v for v, h in zip(values, hidden, strict=True)],
                name=name,
                # Only a hidden value gets a label, so the reader sees why its bar is empty.
                text=[t if h else "" for t, h in zip(shown, hidden, strict=True)],
                textposition="outside",
                textfont={"size": 12},
                constraintext="none",
                cliponaxis=False,
                customdata=shown,
                hovertemplate=f"%{{x}}<br>{name}: %{{customdata}}<extra></extra>",
                marker_color=charts.PALETTE[i],
            )
        )
    charts.base_layout(fig, height=360)
    fig.update_layout(barmode="group", yaxis_title=None, xaxis_title=None)
    fig.update_xaxes(automargin=True, tickangle=-45 if len(labels) > 8 else 0)
    starts: list[dt.date] = df.get_column("period").to_list()
    quarters = bool(labels) and str(labels[0]).startswith("K")  # 'K1 2025' or 'jan 2025'
    return charts.add_events(fig, event_positions(starts, events or (), 3 if quarters else 1))


def event_positions(
    starts: Sequence[dt.date], events: Sequence[tuple[dt.date, str]], months: int = 1
) -> list[tuple[object, str]]:
    """Where each event falls on a bar chart of periods of ``months`` starting at ``starts``.

    The x axis has one category per period and Plotly places a number ``i`` on category ``i``,
    so an event gets the index of its period plus how far into the period it lies (-0.5 is the
    start of the first period's slot). Events outside the periods are left out.
    """
    ends = [_add_months(s, months) for s in starts]
    placed: list[tuple[object, str]] = []
    for day, label in events:
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            if start <= day < end:
                placed.append((i - 0.5 + (day - start) / (end - start), label))
                break
    return placed


def _add_months(start: dt.date, months: int) -> dt.date:
    month = start.month - 1 + months
    return dt.date(start.year + month // 12, month % 12 + 1, 1)


def coverage_grid(df: pl.DataFrame) -> go.Figure:
    """Tiles of the 14 municipalities, placed roughly as on the map, with what is present.

    ``df`` is ``coverage_by_municipality`` (municipal rows). One neutral colour marks tiles with
    any sub-assignment, peer expert or activity; no scale, no ranking.
    """
    fig = go.Figure()
    rows = [r for r in df.iter_rows(named=True) if r["municipality_code"] in TILE_POSITIONS]
    for r in rows:
        row, col = TILE_POSITIONS[r["municipality_code"]]
        present = (
            r["active_sub_assignments"] + r["peer_experts_from"] + r["peer_experts_working"] > 0
        )
        x0, y0 = col * 1.1, -row * 1.1
        fig.add_shape(
            type="rect",
            x0=x0,
            x1=x0 + 1,
            y0=y0,
            y1=y0 + 1,
            line={"color": TILE_EDGE, "width": 1},
            fillcolor=TILE_WITH if present else TILE_WITHOUT,
            layer="below",
        )
        fig.add_annotation(
            x=x0 + 0.5,
            y=y0 + 0.5,
            text=tile_text(r),
            showarrow=False,
            font={"size": 11, "color": "#222222"},
            align="center",
        )
    fig.add_trace(
        go.Scatter(
            x=[TILE_POSITIONS[r["municipality_code"]][1] * 1.1 + 0.5 for r in rows],
            y=[-TILE_POSITIONS[r["municipality_code"]][0] * 1.1 + 0.5 for r in rows],
            mode="markers",
            marker={"size": 40, "opacity": 0},
            hovertext=[tile_hover(r) for r in rows],
            hoverinfo="text",
            showlegend=False,
        )
    )
    charts.base_layout(fig, height=820)
    fig.update_xaxes(visible=False, range=[-0.05, 3.35], fixedrange=True)
    fig.update_yaxes(visible=False, range=[-9 * 1.1 + 1.05, 1.05], fixedrange=True)
    return fig


def tile_text(r: Mapping[str, object]) -> str:
    return (
        f"<b>{r['municipality_name']}</b><br>"
        f"lopende deelopdrachten: {r['active_sub_assignments']}<br>"
        f"ervaringsdeskundigen wonend: {r['peer_experts_from']}, "
        f"actief: {r['peer_experts_working']}"
    )


def tile_hover(r: Mapping[str, object]) -> str:
    settings = r.get("settings") or []
    places = ", ".join(str(s) for s in settings) if isinstance(settings, list) else ""
    return (
        f"{r['municipality_name']}: {r['active_sub_assignments']} lopende deelopdrachten, "
        f"{r['peer_experts_from']} ervaringsdeskundigen wonen hier, "
        f"{r['peer_experts_working']} waren hier actief"
        + (f"<br>Vindplekken: {places}" if places else "")
    )
