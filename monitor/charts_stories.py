"""Figures of the Verhalen en signalen page: plain builders from Polars frames, never ``st.*``."""

from __future__ import annotations

import plotly.graph_objects as go
import polars as pl

from monitor import charts, formatting

RISING = "Vaker dan in de vergelijkingsperiode"
FALLING = "Minder vaak dan in de vergelijkingsperiode"


def emerging_terms_figure(terms: pl.DataFrame, *, title: str | None = None) -> go.Figure:
    """Horizontal bars of z-scores: rising terms in one Okabe-Ito colour, falling in another.

    ``terms`` is the output of ``monitor.text.emerging_from_counts`` (label, z, count_a, count_b,
    direction). The largest rise is at the top, the largest fall at the bottom.
    """
    fig = go.Figure()
    ordered = terms.sort("z")
    for direction, name, colour in (
        ("daalt", FALLING, charts.PALETTE[1]),
        ("stijgt", RISING, charts.PALETTE[0]),
    ):
        part = ordered.filter(pl.col("direction") == direction)
        if part.is_empty():
            continue
        fig.add_trace(
            go.Bar(
                x=part.get_column("z").to_list(),
                y=part.get_column("label").to_list(),
                orientation="h",
                name=name,
                marker={"color": colour},
                customdata=[
                    [formatting.num(a), formatting.num(b)]
                    for a, b in part.select("count_a", "count_b").iter_rows()
                ],
                hovertemplate=(
                    "<b>%{y}</b><br>z = %{x:.1f}<br>recente periode: %{customdata[0]}×"
                    "<br>vergelijkingsperiode: %{customdata[1]}×<extra></extra>"
                ),
            )
        )
    labels = ordered.get_column("label").to_list()
    charts.base_layout(fig, title, height=max(260, 26 * len(labels) + 150))
    # Legend under the title, axis title clear of the tick labels.
    fig.update_layout(
        barmode="relative",
        bargap=0.25,
        margin={"t": 90 if title else 50, "b": 60},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.01, "x": 0},
        title={"y": 0.98, "yanchor": "top"} if title else None,
    )
    fig.update_yaxes(categoryorder="array", categoryarray=labels, automargin=True)
    fig.update_xaxes(title="z-score (gewogen log-odds)", zeroline=True)
    return fig
