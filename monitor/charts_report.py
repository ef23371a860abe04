"""Figure builders for the half-year report: plain data in, ``go.Figure`` out, never ``st.*``."""

from __future__ import annotations

from collections.abc import Sequence

import plotly.graph_objects as go

from monitor import charts


def deployment_vs_key(
    names: Sequence[str], hours_share: Sequence[float], key_share: Sequence[float | None]
) -> go.Figure:
    """Share of the hours per municipality beside its key share, both in percent.

    Two neutral colours, no judgement: the key is context, not a target.
    """
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=list(names),
            x=list(hours_share),
            name="Aandeel in de uren",
            orientation="h",
            marker_color=charts.PALETTE[0],
            hovertemplate="%{y}: %{x:.1f}%<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=list(names),
            x=[k if k is not None else 0 for k in key_share],
            name="Aandeel volgens de verdeelsleutel",
            orientation="h",
            marker_color=charts.PALETTE[2],
            hovertemplate="%{y}: %{x:.2f}%<extra></extra>",
        )
    )
    fig.update_layout(barmode="group", bargap=0.25)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(ticksuffix="%", rangemode="tozero")
    return _room_for_labels(charts.base_layout(fig, height=max(320, 34 * len(names) + 90)), names)


def hours_by_label(
    labels: Sequence[str], hours: Sequence[float], title: str | None = None
) -> go.Figure:
    """Hours per category (e.g. activity type) as horizontal bars in one colour."""
    fig = go.Figure(
        go.Bar(
            y=list(labels),
            x=list(hours),
            orientation="h",
            marker_color=charts.PALETTE[0],
            name="Uren",
            hovertemplate="%{y}: %{x:,.1f} uur<extra></extra>",
        )
    )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Uren", rangemode="tozero")
    return _room_for_labels(
        charts.base_layout(fig, title=title, height=max(260, 34 * len(labels) + 90)), labels
    )


def theme_shares(
    labels: Sequence[str],
    current: Sequence[float],
    previous: Sequence[float],
    current_name: str,
    previous_name: str,
) -> go.Figure:
    """Share of activities per theme in this and the previous period, in percent."""
    fig = go.Figure()
    fig.add_trace(
        go.Bar(
            y=list(labels),
            x=list(previous),
            name=previous_name,
            orientation="h",
            marker_color=charts.PALETTE[2],
            hovertemplate="%{y}: %{x:.1f}%<extra></extra>",
        )
    )
    fig.add_trace(
        go.Bar(
            y=list(labels),
            x=list(current),
            name=current_name,
            orientation="h",
            marker_color=charts.PALETTE[0],
            hovertemplate="%{y}: %{x:.1f}%<extra></extra>",
        )
    )
    fig.update_layout(barmode="group", bargap=0.25)
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(ticksuffix="%", rangemode="tozero")
    return _room_for_labels(charts.base_layout(fig, height=max(280, 40 * len(labels) + 90)), labels)


def _room_for_labels(fig: go.Figure, labels: Sequence[str]) -> go.Figure:
    """Static exports do not grow the margin for long category labels: make room explicitly."""
    longest = max((len(str(label)) for label in labels), default=0)
    fig.update_layout(margin_l=min(300, 20 + 7 * longest), margin_b=45)
    fig.update_yaxes(automargin=True)
    return fig
