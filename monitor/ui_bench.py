"""The Streamlit side of the benchmark: drive pages through ``AppTest`` and reset Streamlit caches.

Kept apart from ``monitor.bench`` because only ``db.py`` and ``ui*.py`` may import Streamlit.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st
from streamlit.testing.v1 import AppTest

from monitor import ui

APP = Path(__file__).resolve().parents[1] / "app.py"


@dataclass
class PageRun:
    """Seconds per server-side run of one page: with an empty and with a filled data cache."""

    cold: list[float] = field(default_factory=list)
    warm: list[float] = field(default_factory=list)
    error: str | None = None


def clear_data_cache() -> None:
    st.cache_data.clear()


def release_all() -> None:
    """Drop cached reads and the cached connection (e.g. before switching database file)."""
    st.cache_data.clear()
    st.cache_resource.clear()


@contextmanager
def _quiet_and_detailed() -> Iterator[None]:
    """Full error text in the results instead of Streamlit's redacted message and log noise."""
    logger = logging.getLogger("streamlit")
    level, details = logger.level, st.get_option("client.showErrorDetails")
    logger.setLevel(logging.CRITICAL)
    st.set_option("client.showErrorDetails", "full")
    try:
        yield
    finally:
        st.set_option("client.showErrorDetails", details)
        logger.setLevel(level)


def _problem(at: AppTest) -> str | None:
    if at.exception:
        return "; ".join(str(e.message) for e in at.exception)[:500]
    refused = [str(e.value) for e in at.error if "niet beschikbaar voor uw rol" in str(e.value)]
    return refused[0] if refused else None


def time_page(
    page_file: str,
    user_id: int,
    *,
    repeat: int,
    budget_s: float | None = None,
    timeout: float = 600.0,
) -> PageRun:
    """Run ``page_file`` as ``user_id``: per round once after clearing the data cache, once warm.

    A round's cold run starts from an empty ``st.cache_data`` (the connection stays open, as in
    a running server); the warm run that follows is a plain rerun, as after a widget change.
    After ``budget_s`` seconds no new round starts, so one very slow page cannot eat the run.
    """
    with _quiet_and_detailed():
        return _time_page(page_file, user_id, repeat=repeat, budget_s=budget_s, timeout=timeout)


def _time_page(
    page_file: str, user_id: int, *, repeat: int, budget_s: float | None, timeout: float
) -> PageRun:
    result = PageRun()
    at = AppTest.from_file(str(APP), default_timeout=timeout)
    at.session_state[ui.SESSION_USER] = user_id
    # switch_page needs one run first: st.navigation hashes pages by url_path.
    at.run()
    result.error = _problem(at)
    if result.error:
        return result
    at.switch_page(page_file)
    started = time.perf_counter()
    for _ in range(repeat):
        if result.cold and budget_s is not None and time.perf_counter() - started > budget_s:
            break
        st.cache_data.clear()
        start = time.perf_counter()
        at.run()
        result.cold.append(time.perf_counter() - start)
        result.error = _problem(at)
        if result.error:
            return result
        start = time.perf_counter()
        at.run()
        result.warm.append(time.perf_counter() - start)
        result.error = _problem(at)
        if result.error:
            return result
    return result
