"""Registreren: peer experts log activities and write notes; "Mijn registraties" to look back."""

import datetime as dt

import streamlit as st

from monitor import db, personal_data, registration, ui, ui_register
from monitor.access import AccessDenied, Role
from monitor.validation import ValidationError

viewer = ui.page_viewer("pages/register.py")
ctx = registration.context()

st.title("Registreren")
st.caption(
    "Wat je deed en wat je zag, in je eigen woorden. Het helpt de pool en de gemeenten leren; "
    "het is geen afrekening."
)
ui_register.show_flash()

if viewer.role == Role.COORDINATOR:
    today = dt.date.today()
    active = {
        pe_id: row["display_name"]
        for pe_id, row in ctx.peer_experts.items()
        if row["active_to"] is None or row["active_to"] >= today
    }
    peer_expert_id = st.selectbox(
        "Registreren voor",
        list(active),
        key="register.peer_expert",
        format_func=active.__getitem__,
        help="Als coördinator registreer je namens een ervaringsdeskundige.",
    )
else:
    peer_expert_id = viewer.peer_expert_id
if peer_expert_id is None:
    st.info("Er is nog geen ervaringsdeskundige om voor te registreren.")
    st.stop()

# Defaults come from the last entry of the chosen peer expert; a new choice starts afresh.
if st.session_state.get("register.defaults_for") != peer_expert_id:
    ui_register.reset("register.activity")
    ui_register.reset("register.note")
    st.session_state["register.defaults_for"] = peer_expert_id
last = db.cached_read("last_activity_for_peer_expert", peer_expert_id=peer_expert_id).to_dicts()
last_entry = last[0] if last else None

tab_activity, tab_note, tab_mine = st.tabs(["Activiteit", "Verhaal", "Mijn registraties"])

with tab_activity:
    activity = ui_register.activity_fields(
        "register.activity", ctx, ui_register.activity_defaults(last_entry), int(peer_expert_id)
    )
    if st.button("Activiteit opslaan", key="register.activity.save", type="primary"):
        try:
            registration.save_activity(viewer, activity)
        except (ValidationError, AccessDenied) as exc:
            ui_register.show_problems(exc)
        else:
            ui_register.flash(
                "success", "Opgeslagen: " + registration.describe_activity(activity, ctx)
            )
            ui_register.reset("register.activity")
            st.rerun()

with tab_note:
    note = ui_register.note_fields(
        "register.note",
        ctx,
        ui_register.note_defaults(last_entry),
        int(peer_expert_id),
        new=True,
    )
    if st.button("Verhaal opslaan", key="register.note.save", type="primary"):
        try:
            saved = registration.save_note(viewer, note)
        except (ValidationError, AccessDenied) as exc:
            ui_register.show_problems(exc)
            for hint in personal_data.suggestions(note.body):
                st.info(ui.escape_markdown(hint), icon=":material/lightbulb:")
        else:
            message = "Opgeslagen: " + registration.describe_note(note, ctx)
            if saved.signal_id is not None:
                message += ", met een nieuw signaal"
            ui_register.flash("success", message, saved.hints)
            ui_register.reset("register.note")
            st.rerun()

with tab_mine:
    st.subheader("Activiteiten")
    ui_register.my_activities(viewer, ctx)
    st.subheader("Verhalen")
    ui_register.my_notes(viewer, ctx)
