"""Ervaringsmonitor entry point: login, role-aware navigation, the frame around every page."""

# Plotly imports pandas lazily; two script threads doing that at once have crashed a page with
# "partially initialized module 'pandas'". Importing both once, up front, avoids the race.
import pandas  # noqa: F401
import plotly.graph_objects  # noqa: F401
import streamlit as st

from monitor import navigation, ui
from monitor.access import ROLE_LABELS

st.set_page_config(page_title="Ervaringsmonitor", page_icon=":material/forum:", layout="wide")

viewer = ui.current_viewer()
if viewer is None:
    login = navigation.LOGIN_PAGE
    st.navigation(
        [st.Page(login.file, title=login.title, url_path=login.url_path, icon=login.icon)],
        position="hidden",
    ).run()
else:
    with st.sidebar:
        st.markdown(f"**{ui.escape_markdown(viewer.name)}**")
        st.caption(ROLE_LABELS[viewer.role] + (" · demo" if ui.is_demo() else ""))
        if ui.is_demo():
            st.info("Demo-omgeving: verzonnen gegevens.", icon=":material/science:")
        if st.button("Uitloggen", key="app.logout", icon=":material/logout:"):
            ui.logout()
    sections: dict[str, list[st.Page]] = {}
    for spec in navigation.pages_for(viewer.role):
        sections.setdefault(spec.section, []).append(
            st.Page(spec.file, title=spec.title, url_path=spec.url_path, icon=spec.icon)
        )
    st.navigation(sections).run()
