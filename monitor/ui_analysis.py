"""Streamlit pieces shared by the analysis pages: filters kept in the URL and download buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import plotly.graph_objects as go
import polars as pl
import streamlit as st

from monitor import charts_reach, exports, periods, privacy


def period_options(today: dt.date | None = None) -> list[str]:
    """Half-years (newest first), then whole years, then the whole contract period."""
    halves = [p.code for p in periods.half_years(today)]
    years = sorted({c[:4] for c in halves}, reverse=True)
    return [*halves, *years, "contract"]


def period_select(key: str, default: str, label: str = "Periode") -> periods.Period:
    """A period select box (half-year, year or whole contract) bound to the URL by its label."""
    options = period_options()
    index = options.index(default) if default in options else 0
    code = st.selectbox(
        label,
        options,
        index=index,
        key=key,
        format_func=lambda c: periods.parse(c).label.capitalize(),
        bind="query-params",
    )
    return periods.parse(str(code))


def choice(key: str, label: str, labels: dict[str, str], default: str | None = None) -> str:
    """A select box over ``labels`` (code -> Dutch label), kept in the URL."""
    options = list(labels)
    index = options.index(default) if default in options else 0
    return str(
        st.selectbox(
            label,
            options,
            index=index,
            key=key,
            format_func=lambda c: labels.get(c, c),
            bind="query-params",
        )
    )


def multi_choice(key: str, label: str, labels: dict[str, str], placeholder: str) -> list[str]:
    """A multiselect over ``labels``; empty means everything. Kept in the URL."""
    return [
        str(c)
        for c in st.multiselect(
            label,
            list(labels),
            key=key,
            format_func=lambda c: labels.get(c, c),
            placeholder=placeholder,
            bind="query-params",
        )
    ]


def downloads(
    frame: pl.DataFrame, key: str, stem: str, notes: Sequence[str] = (), suppressed: bool = True
) -> None:
    """CSV and Excel downloads of exactly the frame the reader sees."""
    lines = [*notes, privacy.RULE_TEXT.replace("**", "")] if suppressed else list(notes)
    left, right = st.columns(2)
    left.download_button(
        "Download CSV",
        exports.csv_bytes(frame),
        file_name=f"{stem}.csv",
        mime=exports.CSV_MIME,
        key=f"{key}.csv",
        icon=":material/download:",
        on_click="ignore",
    )
    right.download_button(
        "Download Excel",
        exports.excel_bytes(frame, notes=lines),
        file_name=f"{stem}.xlsx",
        mime=exports.EXCEL_MIME,
        key=f"{key}.xlsx",
        icon=":material/download:",
        on_click="ignore",
    )


@st.cache_resource(show_spinner=False, max_entries=64)
def share_history_chart(
    series: dict[str, tuple[Sequence[dt.date], Sequence[float | None], Sequence[float | None]]],
    events: Sequence[tuple[dt.date, str]],
) -> go.Figure:
    """``charts_reach.share_history``, built once per distinct input and shared by reruns.

    Fifteen small multiples with their event lines take plotly ~0,4 s to validate: most of a
    rerun of Gemeente en verdeelsleutel. The inputs are the whole cache key (figures, events,
    measure and suppression are in them), so a new figure or event gives a new chart. The
    figure is only read after this (``st.plotly_chart`` serialises it), never changed.
    """
    return charts_reach.share_history(series, list(events))
