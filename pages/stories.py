"""Verhalen en signalen: narratives, wij-verhalen, meerwaarde, the signal loop, what is emerging."""

import streamlit as st

from monitor import ui, ui_stories

viewer = ui.page_viewer("pages/stories.py")

st.title("Verhalen en signalen")
ui_stories.flash()
PARTS = {
    "Verhalen": ui_stories.feed,
    "Wij-verhalen": ui_stories.collective,
    "Meerwaarde per gemeente": ui_stories.added_value,
    "Signalen": ui_stories.signal_board,
    "Wat komt op?": ui_stories.emerging,
}
part = st.segmented_control(
    "Onderdeel",
    list(PARTS),
    default="Verhalen",
    required=True,
    key="stories.part",
    label_visibility="collapsed",
)
PARTS[part or "Verhalen"](viewer)
