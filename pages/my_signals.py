"""Mijn signalen: what became of the signals a peer expert raised, and their wij-verhalen."""

import streamlit as st

from monitor import ui, ui_stories

viewer = ui.page_viewer("pages/my_signals.py")

st.title("Mijn signalen")
st.caption(
    "De signalen die u aan beleid gaf: waar ze staan, welk antwoord er kwam en wanneer. "
    "Zo ziet u wat er met uw ervaringskennis gebeurt."
)
ui_stories.my_signals(viewer)
