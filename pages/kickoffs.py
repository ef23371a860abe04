"""Startbijeenkomsten: per municipality its kick-off, the needs it found, and which
sub-assignment each need became."""

import datetime as dt

import polars as pl
import streamlit as st

from monitor import db, formatting, kickoffs, sub_assignments, ui
from monitor import ui_sub_assignments as uis
from monitor.access import Role
from monitor.kickoffs import STATUS_LABELS, KickoffInput, NeedInput
from monitor.validation import ValidationError

P = "kickoffs"
viewer = ui.page_viewer("pages/kickoffs.py")
today = dt.date.today()
vocab = sub_assignments.vocabulary()
municipalities = vocab.get("municipality", {})

st.title("Startbijeenkomsten")
st.caption(
    "In elke gemeente begint het werk met een startbijeenkomst waar de lokale behoeften worden "
    "geïnventariseerd (rol × thema × vindplek). Hier is te zien welke behoefte een deelopdracht "
    "werd, en welke nog niet."
)
uis.show_flash()

overview = db.cached_read("kickoffs_by_municipality")
ui.show_table(
    overview.select(
        pl.col("municipality_name").alias("Gemeente"),
        pl.col("status").replace_strict(STATUS_LABELS).alias("Stand"),
        pl.struct("held_date", "planned_date")
        .map_elements(
            lambda r: (
                formatting.date(r["held_date"] or r["planned_date"])
                if (r["held_date"] or r["planned_date"])
                else "–"
            ),
            return_dtype=pl.String,
        )
        .alias("Datum"),
        pl.col("needs").alias("Behoeften"),
        pl.col("needs_without_sub_assignment").alias("Nog geen deelopdracht"),
    )
)
held = overview.filter(pl.col("status") == "gehouden").height
st.caption(f"{held} van de {overview.height} startbijeenkomsten zijn gehouden.")

st.subheader("Geïnventariseerde behoeften")
chosen = uis.option_select(
    "Gemeente", f"{P}.municipality", municipalities, none_label="Alle gemeenten"
)
needs = db.cached_read("kickoff_needs_by_municipality", municipality=chosen)
if needs.is_empty():
    st.write("Er zijn nog geen behoeften vastgelegd.")
else:
    ui.show_table(
        needs.select(
            pl.col("municipality_name").alias("Gemeente"),
            pl.col("role").alias("Rol"),
            pl.col("theme").alias("Thema"),
            pl.col("setting").fill_null("–").alias("Vindplek"),
            pl.col("description").alias("Behoefte"),
            pl.col("sub_assignment_title").fill_null("nog geen deelopdracht").alias("Deelopdracht"),
        )
    )

if viewer.role is not Role.COORDINATOR:
    st.stop()

st.subheader("Vastleggen")
if chosen is None:
    st.caption("Kies hierboven een gemeente om haar startbijeenkomst en behoeften vast te leggen.")
    st.stop()
code = chosen
current = overview.filter(pl.col("municipality_code") == code).row(0, named=True)
with st.expander(f"Startbijeenkomst {municipalities[code]}"), st.form(f"{P}.kickoff_form"):
    statuses = list(STATUS_LABELS)
    status = st.selectbox(
        "Stand",
        statuses,
        index=statuses.index(current["status"]),
        key=f"{P}.status_{code}",
        format_func=uis.label_of(STATUS_LABELS),
    )
    planned = uis.date_field(st, "Geplande datum", current["planned_date"], f"{P}.planned_{code}")
    held_on = uis.date_field(st, "Gehouden op", current["held_date"], f"{P}.held_{code}")
    stakeholders = st.text_area(
        "Aanwezige partners", value=current["stakeholders"], key=f"{P}.stakeholders_{code}"
    )
    summary = st.text_area("Samenvatting", value=current["summary"], key=f"{P}.summary_{code}")
    if st.form_submit_button("Startbijeenkomst opslaan", key=f"{P}.save_kickoff_{code}"):
        try:
            kickoffs.save_kickoff(
                viewer, KickoffInput(code, status, planned, held_on, stakeholders, summary), today
            )
        except ValidationError as e:
            uis.show_errors(e)
        else:
            uis.flash("De startbijeenkomst is opgeslagen.")

subs = db.cached_read("sub_assignments_register", scope=None, status=None, theme=None, role=None)
sub_titles = {
    r["id"]: f"{r['title']} ({r['scope']})"
    for r in subs.iter_rows(named=True)
    if r["municipality_code"] in (None, code)
}
need_labels = {r["id"]: r["description"][:60] for r in needs.iter_rows(named=True)}
with st.expander("Behoefte toevoegen of koppelen aan een deelopdracht"):
    need_id = st.selectbox(
        "Behoefte",
        [None, *need_labels],
        key=f"{P}.need_{code}",
        format_func=uis.label_of(need_labels, "Nieuwe behoefte"),
    )
    need = next((r for r in needs.iter_rows(named=True) if r["id"] == need_id), {})
    choices = {kind: vocab.get(kind, {}) for kind in ("role", "theme", "setting")}
    with st.form(f"{P}.need_form"):
        k = f"{P}.need{need_id or 'new'}_"
        picked = {}
        for kind, column, label in (
            ("role", "activity_type_code", "Rol"),
            ("theme", "theme_code", "Thema"),
            ("setting", "setting_code", "Vindplek"),
        ):
            options = [None, *choices[kind]] if kind == "setting" else list(choices[kind])
            picked[kind] = st.selectbox(
                label,
                options,
                index=options.index(need.get(column) or options[0]),
                key=k + kind,
                format_func=uis.label_of(choices[kind]),
            )
        description = st.text_area(
            "Behoefte", value=need.get("description", ""), key=k + "description"
        )
        sub_options = [None, *sub_titles]
        sub_id = st.selectbox(
            "Werd deelopdracht",
            sub_options,
            index=sub_options.index(need.get("sub_assignment_id")),
            key=k + "sub_assignment",
            format_func=uis.label_of(sub_titles, "nog geen deelopdracht"),
        )
        if st.form_submit_button("Behoefte opslaan", key=k + "save"):
            data = NeedInput(
                code,
                str(picked["role"]),
                str(picked["theme"]),
                description,
                picked["setting"],
                sub_id,
            )
            try:
                kickoffs.save_need(viewer, need_id, data)
            except ValidationError as e:
                uis.show_errors(e)
            else:
                uis.flash("De behoefte is opgeslagen.")
