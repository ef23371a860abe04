"""Streamlit widgets of the Registreren page: activity and note fields, and "Mijn registraties".

Widgets keep their values in session state under ``register.*`` keys, so a refused save leaves
everything the peer expert typed in place. Defaults are set once, before a widget first renders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import streamlit as st

from monitor import db, formatting, registration, ui
from monitor.access import AccessDenied, Viewer
from monitor.registration import ActivityInput, Context, NoteInput, SignalInput
from monitor.validation import ValidationError

REGION = ""  # the select-box value for "Regio"
NO_SUB = 0  # the select-box value for "no sub-assignment"
FLASH = "register.flash"
EDITING = "register.editing"
PROMPT = "Wat gebeurde er? Wat maakte het verschil? Wat zegt dit over beleid of aanbod?"


def show_problems(exc: Exception) -> None:
    """A refused save: every Dutch reason, user text rendered inert."""
    messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
    st.error("\n".join(f"- {ui.escape_markdown(m)}" for m in messages))


def flash(kind: str, text: str, hints: list[str] | None = None) -> None:
    """A message for the next run (after ``st.rerun``)."""
    st.session_state[FLASH] = (kind, text, hints or [])


def show_flash() -> None:
    kind, text, hints = st.session_state.pop(FLASH, ("", "", []))
    if kind == "success":
        st.success(ui.escape_markdown(text), icon=":material/check_circle:")
    elif kind == "info":
        st.info(ui.escape_markdown(text))
    for hint in hints:
        st.info(ui.escape_markdown(hint), icon=":material/lightbulb:")


def reset(prefix: str) -> None:
    """Forget every widget value under ``prefix`` so the defaults apply again."""
    for key in [k for k in st.session_state if str(k).startswith(prefix + ".")]:
        del st.session_state[key]


def _defaults(prefix: str, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        st.session_state.setdefault(f"{prefix}.{name}", value)


def _codes(ctx: Context, kind: str) -> list[str]:
    return list(ctx.vocab.get(kind, {}))


def _municipality_select(prefix: str, ctx: Context) -> str | None:
    code = st.selectbox(
        "Gemeente of regio",
        [REGION, *sorted(_codes(ctx, "municipality"), key=lambda c: ctx.label("municipality", c))],
        key=f"{prefix}.municipality",
        format_func=lambda c: (
            "Regio (meerdere gemeenten)" if c == REGION else ctx.label("municipality", c)
        ),
    )
    return None if code == REGION else str(code)


def _sub_assignment_select(
    prefix: str, day: dt.date, municipality: str | None, ctx: Context, keep: int | None = None
) -> int | None:
    subs = db.cached_read("sub_assignments_active_on", day=day, municipality_code=municipality)
    titles = dict(zip(subs["id"].to_list(), subs["title"].to_list(), strict=True))
    if keep is not None and keep not in titles and keep in ctx.sub_assignments:
        # An edit never drops the sub-assignment silently; validation judges it on saving.
        titles[keep] = ctx.sub_assignments[keep]["title"]
    key = f"{prefix}.sub_assignment"
    if st.session_state.get(key, NO_SUB) not in titles:
        st.session_state[key] = NO_SUB  # not active on this day or not of this place
    chosen = st.selectbox(
        "Deelopdracht",
        [NO_SUB, *titles],
        key=key,
        format_func=lambda i: "Geen deelopdracht" if i == NO_SUB else titles[i],
        help="Alleen deelopdrachten die op deze datum lopen, in deze gemeente of regionaal.",
    )
    return None if chosen == NO_SUB else int(chosen)


def activity_defaults(last: Mapping[str, Any] | None) -> dict[str, Any]:
    """Form defaults: today, and otherwise what the peer expert registered last time."""
    base: dict[str, Any] = {
        "date": dt.date.today(),
        "municipality": REGION,
        "sub_assignment": NO_SUB,
        "type": "een_op_een",
        "form": "individueel",
        "themes": [],
        "residents": 1,
        "estimated": False,
        "hours": 1.0,
        "care": "",
        "setting": "",
    }
    if last:
        base.update(
            municipality=last["municipality_code"] or REGION,
            sub_assignment=last["sub_assignment_id"] or NO_SUB,
            type=last["activity_type_code"],
            form=last["form"],
            themes=list(last["theme_codes"]),
            residents=int(last["residents_reached"]),
            estimated=bool(last["residents_estimated"]),
            hours=float(last["hours"]),
            care=last["care_relation"] or "",
            setting=last["setting_code"] or "",
        )
    return base


def activity_fields(
    prefix: str,
    ctx: Context,
    defaults: Mapping[str, Any],
    peer_expert_id: int,
    keep: int | None = None,
) -> ActivityInput:
    """The activity widgets, one column; returns what they hold now."""
    _defaults(prefix, defaults)
    day = st.date_input("Datum", key=f"{prefix}.date", format="DD-MM-YYYY")
    municipality = _municipality_select(prefix, ctx)
    sub = _sub_assignment_select(prefix, day, municipality, ctx, keep)
    kind = st.selectbox(
        "Soort activiteit",
        _codes(ctx, "activity_type"),
        key=f"{prefix}.type",
        format_func=lambda c: ctx.label("activity_type", c),
    )
    form = st.radio(
        "Vorm",
        list(registration.FORMS),
        key=f"{prefix}.form",
        format_func=registration.FORMS.__getitem__,
        horizontal=True,
    )
    themes = st.multiselect(
        "Thema's",
        _codes(ctx, "theme"),
        key=f"{prefix}.themes",
        format_func=lambda c: ctx.label("theme", c),
        placeholder="Kies een of meer thema's",
    )
    residents = st.number_input(
        "Bereikte inwoners",
        step=1,
        key=f"{prefix}.residents",
        help="Inwoners die aanwezig waren of persoonlijk werden ondersteund.",
    )
    estimated = st.checkbox("Dit aantal is een schatting", key=f"{prefix}.estimated")
    hours = st.number_input("Uren", step=0.25, format="%.2f", key=f"{prefix}.hours")
    with st.expander("Meer (niet verplicht)"):
        care = st.selectbox(
            "Relatie met professionele zorg",
            ["", *registration.CARE_RELATIONS],
            key=f"{prefix}.care",
            format_func=lambda c: registration.CARE_RELATIONS.get(c, "Niet van toepassing"),
        )
        setting = st.selectbox(
            "Vindplek",
            ["", *_codes(ctx, "setting")],
            key=f"{prefix}.setting",
            format_func=lambda c: ctx.label("setting", c) if c else "Geen",
        )
    return ActivityInput(
        activity_date=day,
        peer_expert_id=peer_expert_id,
        municipality_code=municipality,
        sub_assignment_id=sub,
        activity_type_code=str(kind),
        form=str(form),
        theme_codes=tuple(themes),
        residents_reached=int(residents),
        residents_estimated=bool(estimated),
        hours=registration.as_hours(hours) or 0,
        care_relation=care or None,
        setting_code=setting or None,
    )


def note_defaults(last: Mapping[str, Any] | None) -> dict[str, Any]:
    return {
        "date": dt.date.today(),
        "municipality": (last["municipality_code"] if last else None) or REGION,
        "sub_assignment": NO_SUB,
        "level": "ik",
        "body": "",
        "themes": [],
        "tags": [],
        "visibility": "pool",
        "setting": "",
        "is_signal": False,
        "signal_type": "aanbod_gemist",
        "signal_scope": "gemeente",
        "signal_title": "",
        "signal_description": "",
        "signal_themes": [],
    }


def note_fields(
    prefix: str,
    ctx: Context,
    defaults: Mapping[str, Any],
    peer_expert_id: int,
    *,
    new: bool,
) -> NoteInput:
    """The note widgets, one column. Place and signal are only asked for a new note."""
    _defaults(prefix, defaults)
    day = st.date_input("Datum", key=f"{prefix}.date", format="DD-MM-YYYY")
    municipality = sub = None
    setting = ""
    if new:
        municipality = _municipality_select(prefix, ctx)
        sub = _sub_assignment_select(prefix, day, municipality, ctx)
    level = st.radio(
        "Soort verhaal",
        list(registration.LEVELS),
        key=f"{prefix}.level",
        format_func=registration.LEVELS.__getitem__,
        captions=["Wat ik meemaakte of zag", "Wat we samen zien, over meer ontmoetingen"],
        horizontal=True,
    )
    st.caption(PROMPT)
    body = st.text_area(
        "Verhaal",
        key=f"{prefix}.body",
        height=220,
        placeholder="In je eigen woorden. Geen namen, nummers of adressen van inwoners.",
    )
    themes = st.multiselect(
        "Thema's",
        _codes(ctx, "theme"),
        key=f"{prefix}.themes",
        format_func=lambda c: ctx.label("theme", c),
        placeholder="Kies een of meer thema's",
    )
    tags = st.multiselect(
        "Meerwaarde",
        _codes(ctx, "tag"),
        key=f"{prefix}.tags",
        format_func=lambda c: ctx.label("tag", c),
        placeholder="Wat maakte het verschil?",
        help="\n".join(
            f"- **{ctx.label('tag', c)}**: {ctx.descriptions['tag'][c]}" for c in _codes(ctx, "tag")
        ),
    )
    visibility = st.radio(
        "Wie mag dit lezen?",
        list(registration.VISIBILITIES),
        key=f"{prefix}.visibility",
        format_func=registration.VISIBILITIES.__getitem__,
        captions=list(registration.VISIBILITY_HELP.values()),
    )
    signal = None
    if new:
        setting = st.selectbox(
            "Vindplek (niet verplicht)",
            ["", *_codes(ctx, "setting")],
            key=f"{prefix}.setting",
            format_func=lambda c: ctx.label("setting", c) if c else "Geen",
        )
        signal = _signal_fields(prefix, ctx)
    return NoteInput(
        note_date=day,
        peer_expert_id=peer_expert_id,
        municipality_code=municipality,
        sub_assignment_id=sub,
        level=str(level),
        body=str(body),
        visibility=str(visibility),
        theme_codes=tuple(themes),
        tag_codes=tuple(tags),
        setting_code=setting or None,
        signal=signal,
    )


def _signal_fields(prefix: str, ctx: Context) -> SignalInput | None:
    if not st.checkbox(
        "Dit is een signaal voor beleid of aanbod",
        key=f"{prefix}.is_signal",
        help="Een signaal gaat naar de gemeente of de MGR. Je ziet later wat ermee gebeurde.",
    ):
        return None
    with st.container(border=True):
        kind = st.selectbox(
            "Soort signaal",
            list(registration.SIGNAL_TYPES),
            key=f"{prefix}.signal_type",
            format_func=registration.SIGNAL_TYPES.__getitem__,
        )
        scope = st.radio(
            "Geldt voor",
            list(registration.SIGNAL_SCOPES),
            key=f"{prefix}.signal_scope",
            format_func=registration.SIGNAL_SCOPES.__getitem__,
            horizontal=True,
        )
        title = st.text_input("Titel van het signaal", key=f"{prefix}.signal_title")
        description = st.text_area(
            "Wat moet beleid of aanbod hiervan weten?", key=f"{prefix}.signal_description"
        )
        themes = st.multiselect(
            "Thema's van het signaal",
            _codes(ctx, "theme"),
            key=f"{prefix}.signal_themes",
            format_func=lambda c: ctx.label("theme", c),
            placeholder="Kies een of meer thema's",
        )
    return SignalInput(str(kind), str(scope), str(title), str(description), tuple(themes))


# --- Mijn registraties ---------------------------------------------------------------------


def _activity_line(row: Mapping[str, Any], ctx: Context, viewer: Viewer) -> str:
    parts = [formatting.date(row["activity_date"]), registration.describe_activity(row, ctx)]
    if row["sub_assignment_title"]:
        parts.append(row["sub_assignment_title"])
    if viewer.peer_expert_id != row["peer_expert_id"]:
        parts.append(f"voor {row['peer_expert_name']}")
    if row["source"] == "import":
        parts.append("uit de planning")
    return " · ".join(parts)


def _row_buttons(kind: str, row: Mapping[str, Any]) -> None:
    """Wijzigen / Verwijderen, and the confirmation of a delete."""
    item = f"register.mine.{kind}.{row['id']}"
    left, right = st.columns(2)
    if left.button("Wijzigen", key=f"{item}.edit", icon=":material/edit:"):
        st.session_state[EDITING] = (kind, row["id"], row["version"], "edit")
        st.rerun()
    if right.button("Verwijderen", key=f"{item}.delete", icon=":material/delete:"):
        st.session_state[EDITING] = (kind, row["id"], row["version"], "delete")
        st.rerun()


def my_activities(viewer: Viewer, ctx: Context) -> None:
    rows = db.cached_read(
        "activities_for_peer_expert",
        peer_expert_id=viewer.peer_expert_id,
        login=viewer.login,
        limit=100,
    ).to_dicts()
    if not rows:
        st.write("Nog geen activiteiten.")
    editing = st.session_state.get(EDITING)
    for row in rows:
        with st.container(border=True):
            st.markdown(ui.escape_markdown(_activity_line(row, ctx, viewer)))
            if not registration.is_author(viewer, row):
                continue
            if editing and editing[:2] == ("activity", row["id"]):
                _edit_activity(viewer, ctx, row, editing)
            else:
                _row_buttons("activity", row)


_REASON_LABEL = (
    "Reden van de wijziging (alleen nodig als de cijfers van dat halfjaar definitief zijn)"
)


def _edit_activity(
    viewer: Viewer, ctx: Context, row: dict[str, Any], editing: tuple[Any, ...]
) -> None:
    prefix = f"register.edit.activity.{row['id']}"
    if editing[3] == "delete":
        st.warning("Deze activiteit verwijderen? Dit kan niet ongedaan worden gemaakt.")
        reason = st.text_input(_REASON_LABEL, key=f"{prefix}.reason")
        if st.button("Ja, verwijderen", key=f"{prefix}.confirm", type="primary"):
            _run(
                lambda: registration.delete_activity(viewer, row["id"], editing[2], reason=reason),
                prefix,
                "Activiteit verwijderd.",
            )
        if st.button("Annuleren", key=f"{prefix}.cancel"):
            _stop_editing(prefix)
        return
    defaults = activity_defaults(row) | {"date": row["activity_date"]}
    data = activity_fields(
        prefix, ctx, defaults, row["peer_expert_id"], keep=row["sub_assignment_id"]
    )
    reason = st.text_input(_REASON_LABEL, key=f"{prefix}.reason")
    if st.button("Wijziging opslaan", key=f"{prefix}.save", type="primary"):
        _run(
            lambda: registration.update_activity(
                viewer, row["id"], editing[2], data, reason=reason
            ),
            prefix,
            "Gewijzigd: " + registration.describe_activity(data, ctx),
        )
    if st.button("Annuleren", key=f"{prefix}.cancel"):
        _stop_editing(prefix)


def my_notes(viewer: Viewer, ctx: Context) -> None:
    rows = db.cached_read(
        "notes_for_peer_expert",
        peer_expert_id=viewer.peer_expert_id,
        login=viewer.login,
        limit=100,
        **viewer.note_params(),
    ).to_dicts()
    if not rows:
        st.write("Nog geen verhalen.")
    editing = st.session_state.get(EDITING)
    for row in rows:
        with st.container(border=True):
            line = registration.describe_note(row, ctx)
            if viewer.peer_expert_id != row["peer_expert_id"]:
                line += f" · voor {row['peer_expert_name']}"
            if row["has_signal"]:
                line += " · met signaal"
            st.caption(ui.escape_markdown(line))
            st.markdown(ui.escape_markdown(row["body"]))
            if not registration.is_author(viewer, row):
                continue
            if editing and editing[:2] == ("note", row["id"]):
                _edit_note(viewer, ctx, row, editing)
            else:
                _row_buttons("note", row)


def _edit_note(viewer: Viewer, ctx: Context, row: dict[str, Any], editing: tuple[Any, ...]) -> None:
    prefix = f"register.edit.note.{row['id']}"
    if editing[3] == "delete":
        st.warning("Dit verhaal verwijderen? Een signaal dat erbij hoort, blijft bestaan.")
        if st.button("Ja, verwijderen", key=f"{prefix}.confirm", type="primary"):
            _run(
                lambda: registration.delete_note(viewer, row["id"], editing[2]),
                prefix,
                "Verhaal verwijderd.",
            )
        if st.button("Annuleren", key=f"{prefix}.cancel"):
            _stop_editing(prefix)
        return
    defaults = {
        "date": row["note_date"],
        "level": row["level"],
        "body": row["body"],
        "themes": list(row["theme_codes"]),
        "tags": list(row["tag_codes"]),
        "visibility": row["visibility"],
    }
    data = note_fields(prefix, ctx, defaults, row["peer_expert_id"], new=False)
    stored = st.session_state.get(f"{prefix}.stored")
    if stored is not None:
        st.warning(
            "Iemand anders heeft dit verhaal intussen gewijzigd. Hierboven staat jouw tekst, "
            "hieronder de opgeslagen tekst. Sla opnieuw op om jouw versie te bewaren."
        )
        with st.container(border=True):
            st.caption("Opgeslagen tekst")
            st.markdown(ui.escape_markdown(stored))
    if st.button("Wijziging opslaan", key=f"{prefix}.save", type="primary"):
        try:
            registration.update_note(viewer, row["id"], editing[2], data)
        except registration.ConflictError as exc:
            if exc.current is None:
                show_problems(exc)
                return
            # Keep the user's text in the box; show the stored one; a second save wins.
            st.session_state[EDITING] = ("note", row["id"], exc.current["version"], "edit")
            st.session_state[f"{prefix}.stored"] = exc.current["body"]
            st.rerun()
        except (ValidationError, AccessDenied) as exc:
            show_problems(exc)
            return
        _done(
            prefix,
            "Gewijzigd: "
            + registration.describe_note(
                row
                | {"level": data.level, "note_date": data.note_date, "visibility": data.visibility},
                ctx,
            ),
        )
    if st.button("Annuleren", key=f"{prefix}.cancel"):
        _stop_editing(prefix)


def _run(action: Any, prefix: str, message: str) -> None:
    try:
        action()
    except (ValidationError, AccessDenied) as exc:
        show_problems(exc)
        return
    _done(prefix, message)


def _done(prefix: str, message: str) -> None:
    flash("success", message)
    _stop_editing(prefix)


def _stop_editing(prefix: str) -> None:
    st.session_state.pop(EDITING, None)
    reset(prefix)
    st.rerun()
