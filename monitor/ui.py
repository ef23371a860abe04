"""Shared Streamlit pieces: the viewer of a session, period picker, tables and note cards."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl
import streamlit as st

from monitor import db, formatting, navigation, periods
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError

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


def _viewer_from_row(r: Mapping[str, Any]) -> Viewer:
    return Viewer(
        user_id=r["id"],
        login=r["login"],
        name=r["display_name"],
        role=Role(r["role"]),
        peer_expert_id=r["peer_expert_id"],
        municipality_code=r["municipality_code"],
    )


def load_viewer(user_id: int) -> Viewer | None:
    """The active user with this id as a viewer; None when unknown or deactivated."""
    rows = db.read("user_by_id", user_id=user_id).to_dicts()
    return _viewer_from_row(rows[0]) if rows else None


_SESSION_AUDITED = "auth.audited_user_id"
_NAMED_PROVIDER_KEYS = {"redirect_uri", "cookie_secret", "expose_tokens"}


def auth_provider() -> str | None:
    """The configured OIDC provider for ``st.login``: "" for a plain ``[auth]`` block, its name
    for an ``[auth.<name>]`` block, None when ``.streamlit/secrets.toml`` configures no login."""
    try:
        auth = st.secrets.get("auth")
    except Exception:  # no secrets file at all
        return None
    if not isinstance(auth, Mapping):
        return None
    if "client_id" in auth:
        return ""
    named = [k for k, v in auth.items() if isinstance(v, Mapping) and k not in _NAMED_PROVIDER_KEYS]
    return named[0] if named else None


def _oidc_user() -> dict[str, Any] | None:
    """Claims of the user logged in through the organisation's login, or None."""
    user = st.user.to_dict()
    return user if user.get("is_logged_in") else None


def _oidc_lookup() -> tuple[Viewer | None, str | None]:
    """The viewer for the identity of ``st.user``, or a Dutch reason why there is none."""
    user = _oidc_user()
    if user is None:
        return None, None
    email = user.get("email")
    sub = user.get("sub")
    rows = db.read(
        "user_by_login",
        email=str(email) if email else None,
        sub=str(sub) if sub else None,
    ).to_dicts()
    who = str(email or sub or "onbekend")
    if not rows:
        return None, (
            f"U bent ingelogd als {who}, maar dit account heeft geen toegang tot de "
            "Ervaringsmonitor. Vraag de contractmanager van de MGR om u een rol te geven."
        )
    if not rows[0]["active"]:
        return None, (
            f"Het account {who} is gedeactiveerd. U ziet daarom geen gegevens. Neem contact op "
            "met de contractmanager van de MGR als dit niet klopt."
        )
    return _viewer_from_row(rows[0]), None


def login_problem() -> str | None:
    """Why a user who did log in with the organisation's login gets no access (Dutch), or None."""
    return _oidc_lookup()[1]


def _record_login(viewer: Viewer, via: str) -> None:
    """Audit the first sign-in of a session (who, how); later runs of the session are silent."""
    if st.session_state.get(_SESSION_AUDITED) == viewer.user_id:
        return
    # Serialised like every write, but without db.transaction's cache clearing: a login row
    # changes no cached figure, and clearing every cache on each login would slow all sessions.
    with db._WRITE_LOCK:
        cur = db.connection().cursor()
        try:
            db.Tx(cur, viewer.login).audit(
                "login", "app_user", viewer.user_id, None, {"role": viewer.role, "via": via}
            )
        finally:
            cur.close()
    st.session_state[_SESSION_AUDITED] = viewer.user_id


def current_viewer() -> Viewer | None:
    """Who is asking, checked on every run against ``app_user`` (role, scope, active).

    Outside a demo database only the organisation's login (``st.user``, a signed cookie) counts;
    a user id in the session state is then ignored, whoever put it there. In a demo database a
    demo user chosen on the login screen is honoured too.
    """
    if is_demo():
        user_id = st.session_state.get(SESSION_USER)
        if user_id is not None:
            return load_viewer(int(user_id))
    viewer, _ = _oidc_lookup()
    if viewer is not None:
        _record_login(viewer, "oidc")
    return viewer


def login(user_id: int) -> None:
    """Log in as a demo user; refused unless the database is a demo database."""
    if not is_demo():
        raise AccessDenied("Inloggen als demogebruiker kan alleen in een demodatabase.")
    viewer = load_viewer(user_id)
    if viewer is None:
        raise AccessDenied("Deze demogebruiker bestaat niet of is gedeactiveerd.")
    _record_login(viewer, "demo")
    st.session_state[SESSION_USER] = viewer.user_id
    st.rerun()


def logout() -> None:
    """End the session; also ends the organisation's login (``st.logout``) when in use."""
    st.session_state.pop(SESSION_USER, None)
    st.session_state.pop(_SESSION_AUDITED, None)
    if _oidc_user() is not None:
        st.logout()  # redirects the browser; a rerun now could drop that redirect
        return
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


FLASH = "ui.flash"


def flash_and_rerun(message: str) -> None:
    """Confirm a saved change after a fresh run, so everything on the page shows the new state."""
    st.session_state[FLASH] = message
    st.rerun()


def show_flash() -> None:
    """Show (once) the confirmation left by ``flash_and_rerun``."""
    message = st.session_state.pop(FLASH, None)
    if message:
        st.success(message)


def attempt(action: Callable[[], object], success: str) -> bool:
    """Run a write: show its Dutch refusal (nothing was written), or rerun and confirm it."""
    try:
        action()
    except ValidationError as exc:
        for message in exc.messages:
            st.error(message)
        return False
    except PermissionError as exc:  # AccessDenied
        st.error(str(exc))
        return False
    flash_and_rerun(success)
    return True
