"""Shared Streamlit pieces: the viewer of a session, period picker, tables and note cards."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import polars as pl
import streamlit as st

from monitor import db, formatting, navigation, periods
from monitor.access import Role, Viewer

SESSION_USER = "user_id"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$&:])")


def escape_markdown(text: str) -> str:
    """Make user text inert in ``st.markdown``: no links, images, HTML or formatting."""
    return _MD_SPECIAL.sub(r"\\\1", text).replace("\n", "  \n")


def settings() -> dict[str, str]:
    return dict(db.cached_read("app_settings").iter_rows())


def is_demo() -> bool:
    return settings().get("demo") == "true"


def users_for_login() -> list[dict[str, Any]]:
    return db.read("users_for_login").to_dicts()


def load_viewer(user_id: int) -> Viewer | None:
    rows = db.read("user_by_id", user_id=user_id).to_dicts()
    if not rows:
        return None
    r = rows[0]
    return Viewer(
        user_id=r["id"],
        login=r["login"],
        name=r["display_name"],
        role=Role(r["role"]),
        peer_expert_id=r["peer_expert_id"],
        municipality_code=r["municipality_code"],
    )


def current_viewer() -> Viewer | None:
    user_id = st.session_state.get(SESSION_USER)
    return None if user_id is None else load_viewer(int(user_id))


def login(user_id: int) -> None:
    st.session_state[SESSION_USER] = user_id
    st.rerun()


def logout() -> None:
    st.session_state.pop(SESSION_USER, None)
    st.rerun()


def page_viewer(file: str) -> Viewer:
    """The viewer of this page run; stops the page for anyone whose role may not open it."""
    viewer = current_viewer()
    if viewer is None:
        st.info("Log eerst in.")
        st.stop()
    spec = navigation.spec(file)
    if viewer.role not in spec.roles:
        st.error(f"Deze pagina ({spec.title}) is niet beschikbaar voor uw rol.")
        st.stop()
    return viewer


def period_picker(key: str, label: str = "Periode", default: str | None = None) -> periods.Period:
    """A select box of half-years (newest first); remembers its value in the URL."""
    options = [p.code for p in periods.half_years()]
    current = st.query_params.get(key, default or options[0])
    index = options.index(current) if current in options else 0
    code = st.selectbox(
        label,
        options,
        index=index,
        key=key,
        format_func=lambda c: periods.parse(c).label.capitalize(),
    )
    st.query_params[key] = code
    return periods.parse(code)


def metric_row(items: Mapping[str, str], help_texts: Mapping[str, str] | None = None) -> None:
    """Figures as plain metrics: no deltas, no colours."""
    cols = st.columns(len(items))
    for col, (label, value) in zip(cols, items.items(), strict=True):
        col.metric(label, value, help=(help_texts or {}).get(label))


def note_card(note: Mapping[str, Any], *, show_author: bool = True) -> None:
    """One narrative note with its context; the text is rendered inert."""
    with st.container(border=True):
        parts = [formatting.date(note["note_date"])]
        if show_author and note.get("author"):
            parts.append(str(note["author"]))
        parts.append(str(note.get("municipality_name") or "Regio"))
        if note.get("sub_assignment_title"):
            parts.append(str(note["sub_assignment_title"]))
        level = "wij-verhaal" if note.get("level") == "wij" else "ik-verhaal"
        parts.append(level)
        st.caption(escape_markdown(" · ".join(parts)))
        st.markdown(escape_markdown(str(note["body"])))
        tags = note.get("tags")
        if tags:
            st.caption(escape_markdown("Meerwaarde: " + ", ".join(tags)))


def show_table(df: pl.DataFrame, **kwargs: Any) -> None:
    st.dataframe(df, hide_index=True, width="stretch", **kwargs)
