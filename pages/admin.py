"""Beheer: audit log, users and roles, reference data and back-up (contract manager only)."""

import streamlit as st

from monitor import ui, ui_admin

viewer = ui.page_viewer("pages/admin.py")

st.title("Beheer")
ui.show_flash()
audit, users, reference, vocabularies, budget, backups = st.tabs(
    [
        "Auditlog",
        "Gebruikers",
        "Gemeenten en verdeelsleutel",
        "Thema's en rollen",
        "Begroting",
        "Back-up",
    ],
    key="admin.tab",  # stays on the chosen tab after a save
    on_change="rerun",
)
with audit:
    ui_admin.audit_log(viewer)
with users:
    ui_admin.users(viewer)
with reference:
    ui_admin.reference(viewer)
with vocabularies:
    ui_admin.vocabularies(viewer)
with budget:
    ui_admin.budget(viewer)
with backups:
    ui_admin.backups(viewer)
