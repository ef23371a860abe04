"""Verhalen en signalen: narratives, wij-verhalen, meerwaarde, the signal loop, what is emerging."""

import streamlit as st

from monitor import ui, ui_sensemaking, ui_stories

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
if part == "Wat komt op?":
    st.subheader("Duiding")
    recent = str(st.session_state.get("stories.trend_a", ""))
    if recent.endswith(("H1", "H2")):
        ui_sensemaking.annotation_panel(viewer, "wat_komt_op", recent)
