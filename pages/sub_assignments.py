"""Deelopdrachten: the register, and per sub-assignment its own terms, what happened, the
stories and signals, and its monitoring moments with their reflections."""

import datetime as dt

import streamlit as st

from monitor import db, sub_assignments, ui
from monitor import ui_sub_assignments as uis
from monitor.sub_assignments import STATUS_LABELS

viewer = ui.page_viewer("pages/sub_assignments.py")
today = dt.date.today()
editor = viewer.role in sub_assignments.EDITORS
vocab = sub_assignments.vocabulary()

st.title("Deelopdrachten")
st.caption(
    "Elke deelopdracht heeft eigen doelen, een eigen wijze van monitoring, een eigen frequentie "
    "en een eigen wijze van verantwoording. Er wordt niet gestuurd op vaste indicatoren: de "
    "momenten zijn er om samen te leren."
)
uis.show_flash()

everything = db.cached_read(
    "sub_assignments_register", scope=None, status=None, theme=None, role=None
)
titles = dict(zip(everything.get_column("id"), everything.get_column("title"), strict=True))
ID_KEY = f"{uis.P}.id"
if ID_KEY not in st.session_state:
    raw = st.query_params.get("id", "")
    st.session_state[ID_KEY] = int(raw) if raw.isdigit() and int(raw) in titles else None
chosen = st.selectbox(
    "Deelopdracht",
    [None, *titles],
    key=ID_KEY,
    format_func=lambda i: "Register: alle deelopdrachten" if i is None else titles[i],
)
if chosen is None:
    st.query_params.pop("id", None)
else:
    st.query_params["id"] = str(chosen)

if chosen is None:
    st.subheader("Register")
    cols = st.columns(4)
    with cols[0]:
        municipalities = {"regio": "Regio", **vocab.get("municipality", {})}
        scope = uis.option_select(
            "Gemeente of regio", f"{uis.P}.scope", municipalities, none_label="Alle"
        )
    with cols[1]:
        status = uis.option_select("Status", f"{uis.P}.status", STATUS_LABELS, none_label="Alle")
    with cols[2]:
        theme = uis.option_select(
            "Thema", f"{uis.P}.theme", vocab.get("theme", {}), none_label="Alle"
        )
    with cols[3]:
        role = uis.option_select("Rol", f"{uis.P}.role", vocab.get("role", {}), none_label="Alle")
    register = db.cached_read(
        "sub_assignments_register", scope=scope, status=status, theme=theme, role=role
    )
    st.caption(
        f"{len(register)} van de {len(everything)} deelopdrachten. 'Nog te bespreken' betekent "
        "dat een monitoringsmoment voorbij is en de reflectie nog niet is vastgelegd."
    )
    register_ids = register.get_column("id").to_list()

    def open_selected() -> None:
        rows = st.session_state[f"{uis.P}.register"].selection.rows
        if rows:
            st.session_state[ID_KEY] = register_ids[rows[0]]

    st.dataframe(
        uis.register_table(register, today),
        hide_index=True,
        width="stretch",
        column_config={"Openen": st.column_config.LinkColumn("Openen", display_text="Openen")},
        on_select=open_selected,
        selection_mode="single-row",
        key=f"{uis.P}.register",
    )
    st.caption("Kies een rij om de deelopdracht te openen.")
    if editor:
        with st.expander("Nieuwe deelopdracht"):
            uis.sub_assignment_form(
                "new",
                vocab,
                None,
                lambda data: f"Deelopdracht {sub_assignments.create(viewer, data)} is aangemaakt.",
            )
    st.stop()

detail = db.cached_read("sub_assignment_detail", id=chosen).row(0, named=True)
st.header(ui.escape_markdown(detail["title"]))
st.caption(
    ui.escape_markdown(
        f"{detail['scope']} · {STATUS_LABELS[detail['status']]} · "
        f"{uis.period_text(detail['start_date'], detail['end_date'])}"
    )
)
if detail["description"]:
    uis.md(detail["description"])

left, right = st.columns(2, gap="large")
with left:
    uis.terms_panel(detail)
with right:
    uis.activity_panel(detail, viewer, today)

uis.notes_and_signals(detail, viewer)

recorded = db.cached_read(
    "monitoring_moments_for_sub_assignment", id=chosen, **viewer.note_params()
)
found = sub_assignments.schedule(detail, recorded, today)
uis.moments_panel(detail, recorded, found)
if editor:
    uis.reflection_form(detail, viewer, found, today)

uis.versions_panel(chosen)
if editor:
    with st.expander("Deelopdracht wijzigen"):
        st.caption(
            "Eerdere versies van de afspraak blijven bewaard en zichtbaar; elke wijziging wordt "
            "vastgelegd in het logboek."
        )
        uis.sub_assignment_form(
            f"edit{chosen}",
            vocab,
            detail,
            lambda data: (
                sub_assignments.update(viewer, chosen, detail["version"], data)
                or "De wijzigingen zijn opgeslagen."
            ),
        )
