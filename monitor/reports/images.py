"""Static chart images (SVG for HTML/PDF, PNG for Word) through kaleido and Debian's Chromium.

One kaleido sync server per process, started on first use (a cold export costs ~2.5 s, a warm
one ~0.2 s). When Chromium or kaleido is unavailable every export returns ``None`` and the
renderers print the chart's description instead, so a report is never blocked by a chart.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import threading
import warnings

import plotly.graph_objects as go
import plotly.io as pio

log = logging.getLogger(__name__)
_LOCK = threading.Lock()
_state: dict[str, bool] = {"started": False, "failed": False}
_cache: dict[str, bytes] = {}
_CACHE_MAX = 64


def _chromium() -> str | None:
    return (
        os.environ.get("BROWSER_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


def _ensure_server() -> bool:
    if _state["failed"]:
        return False
    if _state["started"]:
        return True
    path = _chromium()
    if path is None:
        _state["failed"] = True
        log.warning("Geen Chromium gevonden: grafieken komen niet in de rapportage.")
        return False
    os.environ.setdefault("BROWSER_PATH", path)
    try:
        import kaleido

        kaleido.start_sync_server(silence_warnings=True)
    except Exception as exc:  # kaleido may fail in many ways; charts are optional
        log.warning("kaleido-server start niet (%s); losse export wordt geprobeerd.", exc)
    else:
        _state["started"] = True
        atexit.register(_stop)
    return True


def _stop() -> None:
    try:
        import kaleido

        kaleido.stop_sync_server(silence_warnings=True)
    except Exception as exc:
        log.debug("kaleido stop: %s", exc)


def export(fig: go.Figure, fmt: str, width: int, height: int, scale: float = 1) -> bytes | None:
    """The figure as ``svg`` or ``png`` bytes, or None when it cannot be drawn here."""
    key = hashlib.sha256(f"{fmt}|{width}|{height}|{scale}|{fig.to_json()}".encode()).hexdigest()
    with _LOCK:
        if key in _cache:
            return _cache[key]
        if not _ensure_server():
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                data = bytes(pio.to_image(fig, format=fmt, width=width, height=height, scale=scale))
        except Exception as exc:
            log.warning("Grafiek kon niet worden gemaakt: %s", exc)
            return None
        if len(_cache) >= _CACHE_MAX:
            _cache.pop(next(iter(_cache)))
        _cache[key] = data
        return data


def svg(fig: go.Figure, width: int, height: int) -> str | None:
    data = export(fig, "svg", width, height)
    return None if data is None else data.decode("utf-8")


def png(fig: go.Figure, width: int, height: int) -> bytes | None:
    return export(fig, "png", width, height, scale=2)
