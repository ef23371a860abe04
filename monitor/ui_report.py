"""Streamlit pieces for the report and the contract-talk pack: cached builds and a native preview."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import polars as pl
import streamlit as st

from monitor import db, formatting
from monitor.access import Role, Viewer
from monitor.reports.data import build_report
from monitor.reports.issue import FORMATS, scope_for
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
from monitor.reports.talk_pack import build_pack
from monitor.ui import escape_markdown


@st.cache_data(show_spinner=False, ttl=600, max_entries=50)
def _cached_report(
    path: str, period_code: str, municipality_code: str | None, prepared_by: str, today: dt.date
) -> ReportData:
    return build_report(
        period_code, municipality_code=municipality_code, prepared_by=prepared_by, today=today
    )


def report(period_code: str, municipality_code: str | None, prepared_by: str) -> ReportData:
    """The report data, cached per database, period, scope and author; cleared after writes."""
    return _cached_report(
        db.db_path(), period_code, municipality_code, prepared_by, dt.date.today()
    )


REGION_CHOICE = "regio"


def scope_picker(viewer: Viewer, key: str = "report.municipality") -> str | None:
    """Whom the report is for: the region or one municipality (its own figures, the region for
    context, only notes visible to that municipality). A municipal delegate gets their own
    municipality without a choice; everyone else chooses. Returns the municipality code or None.
    """
    names = dict(
        db.cached_read("vocabulary_by_kind")
        .filter(pl.col("kind") == "municipality")
        .sort("sort_order")
        .select("code", "label")
        .iter_rows()
    )
    if viewer.role is Role.MUNICIPALITY:
        own = scope_for(viewer)
        st.caption(
            escape_markdown(
                f"De rapportage van gemeente {names.get(own or '', own)}, met de regio als "
                "context. U ziet alleen verhalen die voor uw gemeente zichtbaar zijn."
            )
        )
        return own
    choice = st.selectbox(
        "Voor",
        [REGION_CHOICE, *names],
        key=key,
        format_func=lambda c: "De hele regio" if c == REGION_CHOICE else f"Gemeente {names[c]}",
        help="Eén gemeente: haar eigen cijfers met de regio als context, en alleen verhalen die "
        "voor die gemeente zichtbaar zijn. Zo in elk formaat.",
    )
    return None if choice in (None, REGION_CHOICE) else str(choice)


@st.cache_data(show_spinner=False, ttl=600, max_entries=20)
def _cached_pack(
    path: str, next_talk: dt.date, period_code: str, prepared_by: str, today: dt.date
) -> ReportData:
    return build_pack(next_talk, period_code, prepared_by=prepared_by, today=today)


def pack(next_talk: dt.date, period_code: str, prepared_by: str) -> ReportData:
    return _cached_pack(db.db_path(), next_talk, period_code, prepared_by, dt.date.today())


def _rich_markdown(text: str) -> str:
    parts = text.split("**")
    return "".join(
        f"**{escape_markdown(p)}**" if i % 2 else escape_markdown(p)
        for i, p in enumerate(parts)
        if p
    )


def show_block(block: Block, key: str) -> None:
    if isinstance(block, Subheading):
        st.markdown(f"##### {escape_markdown(block.text)}")
    elif isinstance(block, Paragraph):
        text = _rich_markdown(block.text) if block.rich else escape_markdown(block.text)
        if block.muted:
            st.caption(text)
        else:
            st.markdown(text)
    elif isinstance(block, Table):
        frame = pl.DataFrame(
            [dict(zip(_unique(block.columns), row, strict=True)) for row in block.rows],
            schema=dict.fromkeys(_unique(block.columns), pl.String),
            orient="row",
        )
        st.dataframe(frame, hide_index=True, width="stretch")
        if block.caption:
            st.caption(escape_markdown(block.caption))
    elif isinstance(block, Chart):
        st.plotly_chart(block.figure, theme=None, key=key)
        st.caption(escape_markdown(f"{block.title}. {block.description}"))
    elif isinstance(block, Quote):
        with st.container(border=True):
            st.markdown(f"“{escape_markdown(block.text)}”")
            tags = f" · meerwaarde: {', '.join(block.tags)}" if block.tags else ""
            st.caption(escape_markdown(block.source + tags))
    elif isinstance(block, Items):
        st.markdown(
            "\n".join(f"- **{escape_markdown(k)}**: {escape_markdown(v)}" for k, v in block.items)
        )


def _unique(columns: list[str]) -> list[str]:
    """Column names made unique for a frame ('Aandeel', 'Aandeel ')."""
    seen: dict[str, int] = {}
    out = []
    for c in columns:
        n = seen.get(c, 0)
        seen[c] = n + 1
        out.append(c + " " * n)
    return out


def show_section(section: Section, key: str) -> None:
    st.subheader(section.heading)
    st.caption(escape_markdown(section.intro))
    for i, block in enumerate(section.blocks):
        show_block(block, f"{key}.{section.key}.{i}")


def show_front(data: ReportData) -> None:
    st.markdown(f"#### {escape_markdown(data.title)}")
    st.markdown(
        "\n".join(f"- **{escape_markdown(k)}**: {escape_markdown(v)}" for k, v in data.front)
    )


LOCAL = ZoneInfo("Europe/Amsterdam")


def local_time(value: dt.datetime) -> str:
    """'23-11-2026 10:41' in Dutch local time."""
    moment = value.astimezone(LOCAL) if value.tzinfo else value
    return f"{formatting.date(moment.date(), 'short')} {moment:%H:%M}"


def archive_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    """The report archive as a table of Dutch text."""
    return pl.DataFrame(
        {
            "Halfjaar": [r["period"] for r in rows],
            "Gemeente": [r["municipality_name"] for r in rows],
            "Formaat": [FORMATS[r["format"]][0] for r in rows],
            "Bestand": [r["filename"] for r in rows],
            "Gemaakt door": [r["created_by"] for r in rows],
            "Gemaakt op": [local_time(r["created_at"]) for r in rows],
            "Grootte": [f"{formatting.num(r['size_bytes'] / 1024, 0)} kB" for r in rows],
        }
    )
