"""Plotly figure builders: plain functions from Polars frames to figures, never ``st.*``."""

from __future__ import annotations

import plotly.graph_objects as go

# Okabe-Ito: one colour-blind-safe palette for the whole app. No red/green meaning anywhere.
PALETTE = [
    "#0072B2",
    "#E69F00",
    "#56B4E9",
    "#009E73",
    "#CC79A7",
    "#D55E00",
    "#F0E442",
    "#000000",
]
SEQUENTIAL = [[0.0, "#f7fbff"], [0.5, "#6baed6"], [1.0, "#08306b"]]
FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


def base_layout(fig: go.Figure, title: str | None = None, height: int = 380) -> go.Figure:
    """Dutch separators, the shared palette, a calm layout."""
    fig.update_layout(
        title=title,
        separators=",.",
        colorway=PALETTE,
        font={"family": FONT, "size": 13},
        height=height,
        margin={"l": 10, "r": 10, "t": 50 if title else 20, "b": 10},
        plot_bgcolor="white",
        paper_bgcolor="white",
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0},
        hoverlabel={"font": {"family": FONT}},
    )
    fig.update_xaxes(gridcolor="#e5e5e5", zerolinecolor="#cccccc")
    fig.update_yaxes(gridcolor="#e5e5e5", zerolinecolor="#cccccc")
    return fig


EVENT_COLOUR = "#555555"


def add_events(fig: go.Figure, events: list[tuple[object, str]]) -> go.Figure:
    """Draw dated context events (a new coördinator, a summer break) as labelled vertical lines.

    ``events`` holds (date, label) pairs; every time chart passes ``sensemaking.events()``.
    All lines and labels go in with one layout update: plotly validates each call, and a call
    per event made charts with many events slow on every rerun.
    """
    if not events:
        return fig
    fig.update_layout(
        shapes=[
            *fig.layout.shapes,
            *(
                {
                    "type": "line",
                    "x0": day,
                    "x1": day,
                    "xref": "x",
                    "y0": 0,
                    "y1": 1,
                    "yref": "paper",
                    "line": {"width": 1, "dash": "dot", "color": EVENT_COLOUR},
                }
                for day, _ in events
            ),
        ],
        annotations=[
            *fig.layout.annotations,
            *(
                {
                    "x": day,
                    "y": 1,
                    "yref": "paper",
                    "text": label,
                    "showarrow": False,
                    "textangle": -90,
                    "xanchor": "right",
                    "yanchor": "top",
                    "font": {"size": 11, "color": EVENT_COLOUR},
                }
                for day, label in events
            ),
        ],
    )
    return fig
