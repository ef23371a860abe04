"""Figures of the analysis pages (Bereik, Verdeelsleutel, Trends): plain builders, never ``st.*``.

Suppressed values never reach a figure: callers pass ``None`` for them and the shown text
(``<5`` / ``×``). Time charts take optional ``events`` (date, label) drawn as vertical lines.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from monitor import charts, formatting
from monitor.analysis import Grid

Event = tuple[dt.date, str]
KEY_COLOUR = charts.PALETTE[0]
ACTUAL_COLOUR = charts.PALETTE[1]
EVENT_COLOUR = "#777777"


def add_events(fig: go.Figure, events: Sequence[Event] | None) -> go.Figure:
    """Draw each (date, label) event as a labelled dotted vertical line (``charts.add_events``)."""
    return charts.add_events(fig, list(events or ()))


def reach_heatmap(grid: Grid, fmt: Callable[[float], str], measure_label: str) -> go.Figure:
    """Municipality × theme as a heatmap; suppressed cells are blank and carry only their text."""
    text = grid.text(fmt)
    fig = go.Figure(
        go.Heatmap(
            z=grid.visible_cells(),
            x=grid.col_labels,
            y=grid.row_labels,
            text=text,
            texttemplate="%{text}",
            hovertemplate="%{y} · %{x}<br>" + measure_label + ": %{text}<extra></extra>",
            colorscale=charts.SEQUENTIAL,
            showscale=False,
            xgap=2,
            ygap=2,
            hoverongaps=False,
        )
    )
    charts.base_layout(fig, height=max(320, 36 * len(grid.row_labels) + 160))
    fig.update_xaxes(side="top", tickangle=-35, showgrid=False, automargin=True)
    fig.update_yaxes(autorange="reversed", showgrid=False, automargin=True)
    return fig


def comparison_bars(
    labels: Sequence[str],
    keys: Sequence[str],
    current: Sequence[float | None],
    previous: Sequence[float | None],
    current_text: Sequence[str],
    previous_text: Sequence[str],
    names: tuple[str, str],
    measure_label: str,
) -> go.Figure:
    """This period next to the previous one per place; ``customdata`` holds the place key."""
    fig = go.Figure()
    for name, values, text, colour in (
        (names[1], previous, previous_text, charts.PALETTE[2]),
        (names[0], current, current_text, KEY_COLOUR),
    ):
        fig.add_bar(
            name=name,
            x=list(labels),
            y=list(values),
            text=list(text),
            textposition="outside",
            customdata=list(keys),
            marker_color=colour,
            hovertemplate="%{x}<br>" + name + ": %{text}<extra></extra>",
        )
    charts.base_layout(fig, height=380)
    fig.update_layout(barmode="group", yaxis_title=measure_label)
    fig.update_xaxes(tickangle=-35, automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def key_share_bars(
    names: Sequence[str],
    key_shares: Sequence[float | None],
    actual_shares: Sequence[float | None],
    actual_text: Sequence[str],
    measure_label: str,
    deviations: Sequence[str] = (),
) -> go.Figure:
    """Key share and actual share side by side per place, in a fixed order; no judging colours.

    Places in ``deviations`` get a note above their bars: a deviation from the key was agreed.
    """
    fig = go.Figure()
    fig.add_bar(
        name="Aandeel volgens verdeelsleutel",
        x=list(names),
        y=list(key_shares),
        marker_color=KEY_COLOUR,
        text=[formatting.pct(v) if v is not None else "" for v in key_shares],
        hovertemplate="%{x}<br>Verdeelsleutel: %{y:.2f}%<extra></extra>",
    )
    fig.add_bar(
        name=f"Aandeel in de inzet ({measure_label.lower()})",
        x=list(names),
        y=list(actual_shares),
        marker_color=ACTUAL_COLOUR,
        text=list(actual_text),
        hovertemplate="%{x}<br>Inzet: %{text}<extra></extra>",
    )
    fig.update_traces(textposition="outside", cliponaxis=False)
    for name in deviations:
        if name in names:
            fig.add_annotation(
                x=name,
                y=1,
                yref="paper",
                text="afspraak",
                showarrow=False,
                yanchor="bottom",
                font={"size": 11, "color": EVENT_COLOUR},
            )
    charts.base_layout(fig, height=440)
    fig.update_layout(barmode="group", yaxis_title="Aandeel (%)", yaxis_ticksuffix="%")
    fig.update_xaxes(
        tickangle=-35, categoryorder="array", categoryarray=list(names), automargin=True
    )
    fig.update_yaxes(automargin=True)
    return fig


def share_history(
    series: dict[str, tuple[Sequence[dt.date], Sequence[float | None], Sequence[float | None]]],
    events: Sequence[Event] | None = None,
) -> go.Figure:
    """Small multiples: per place its share of the deployment per half-year (line) and its key
    share (dashed). ``series`` maps a place name to (half-year starts, shares, key shares)."""
    names = list(series)
    cols = 5
    rows = max(1, math.ceil(len(names) / cols))
    fig = make_subplots(
        rows=rows,
        cols=cols,
        subplot_titles=names,
        shared_xaxes=True,
        shared_yaxes=True,
        vertical_spacing=0.12,
        horizontal_spacing=0.03,
    )
    traces = []
    # Traces and lines name their panel's axes directly: one add_traces call and one shapes list
    # instead of per-panel row/col lookups keeps this figure fast (it is drawn on every rerun).
    for i, name in enumerate(names):
        starts, shares, keys = series[name]
        x = [d.isoformat() for d in starts]
        axes = {"xaxis": f"x{i + 1 if i else ''}", "yaxis": f"y{i + 1 if i else ''}"}
        traces.append(
            go.Scatter(
                x=x,
                y=list(shares),
                mode="lines+markers",
                line={"color": ACTUAL_COLOUR},
                name="Aandeel in de inzet",
                legendgroup="actual",
                showlegend=i == 0,
                hovertemplate=name + " %{x|%Y}: %{y:.1f}%<extra></extra>",
                **axes,
            )
        )
        if any(k is not None for k in keys):
            traces.append(
                go.Scatter(
                    x=x,
                    y=list(keys),
                    mode="lines",
                    line={"color": KEY_COLOUR, "dash": "dash"},
                    name="Verdeelsleutel",
                    legendgroup="key",
                    showlegend=i == 0,
                    hovertemplate=name + " sleutel: %{y:.2f}%<extra></extra>",
                    **axes,
                )
            )
    fig.add_traces(traces)
    charts.base_layout(fig, height=190 * rows + 100)
    # The legend sits above the panel titles, not on top of them.
    fig.update_layout(margin={"t": 80}, legend={"y": 1.0 + 60 / (190 * rows), "yanchor": "bottom"})
    fig.update_yaxes(ticksuffix="%", rangemode="tozero", automargin=True)
    fig.update_xaxes(tickformat="%Y", dtick="M12")
    fig.update_annotations(font_size=12)
    shapes = [
        {
            "type": "line",
            "x0": day.isoformat(),
            "x1": day.isoformat(),
            "xref": f"x{n + 1 if n else ''}",
            "y0": 0,
            "y1": 1,
            "yref": f"y{n + 1 if n else ''} domain",
            "line": {"color": EVENT_COLOUR, "dash": "dot", "width": 1},
        }
        for day, _ in events or ()
        for n in range(len(names))
    ]
    fig.update_layout(shapes=shapes)
    for day, text in events or ():
        fig.add_annotation(
            x=day.isoformat(),
            y=1,
            xref="x",
            yref="paper",
            text=text,
            showarrow=False,
            xanchor="left",
            yanchor="bottom",
            font={"size": 11, "color": EVENT_COLOUR},
        )
    return fig


def trend_lines(
    grid: Grid,
    buckets: Sequence[dt.date],
    fmt: Callable[[float], str],
    measure_label: str,
    events: Sequence[Event] | None = None,
) -> go.Figure:
    """One line per breakdown key over time; suppressed points are gaps labelled in the hover."""
    values = grid.visible_cells()
    texts = grid.text(fmt)
    x = [b.isoformat() for b in buckets]
    fig = go.Figure()
    for i, name in enumerate(grid.row_labels):
        fig.add_scatter(
            x=x,
            y=values[i],
            text=texts[i],
            mode="lines+markers",
            name=name,
            line={"color": charts.PALETTE[i % len(charts.PALETTE)]},
            connectgaps=False,
            hovertemplate=name + "<br>%{customdata}: %{text}<extra></extra>",
            customdata=grid.col_labels,
        )
    charts.base_layout(fig, height=420)
    fig.update_layout(yaxis_title=measure_label, hovermode="closest")
    fig.update_xaxes(tickvals=x, ticktext=grid.col_labels, automargin=True)
    fig.update_yaxes(rangemode="tozero", automargin=True)
    return add_events(fig, events)
