"""Samen duiden: story round, interpretations of trends, context events, period status."""

import streamlit as st

from monitor import ui, ui_sensemaking
from monitor.access import Role

viewer = ui.page_viewer("pages/sensemaking.py")

st.title("Samen duiden")
st.caption(
    "Betekenis geven doen we samen: verhalen kiezen en zeggen waarom, trends eerst duiden voor "
    "we concluderen, en de vertellers laten weten wat ermee gebeurde."
)
names = ["Verhalenronde", "Duiding bij trends", "Gebeurtenissen", "Status van de cijfers"]
if viewer.role in (Role.PEER_EXPERT, Role.COORDINATOR):
    names.append("Vragen over verhalen")
ui.show_flash()
tabs = dict(zip(names, st.tabs(names), strict=True))

with tabs["Verhalenronde"]:
    ui_sensemaking.story_round(viewer)
with tabs["Duiding bij trends"]:
    st.caption(
        "Een trend krijgt eerst een waarneming en ten minste twee concurrerende duidingen, elk "
        "met wie hem schreef. Alleen zo komt een trend in de halfjaarrapportage."
    )
    period = ui_sensemaking.half_year_select("sensemaking.annotation_period")
    ui_sensemaking.annotation_panel(viewer, "alle", period)
with tabs["Gebeurtenissen"]:
    ui_sensemaking.context_events(viewer)
with tabs["Status van de cijfers"]:
    ui_sensemaking.period_status(viewer)
if "Vragen over verhalen" in tabs:
    with tabs["Vragen over verhalen"]:
        ui_sensemaking.questions(viewer)
