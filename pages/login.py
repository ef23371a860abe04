"""Login: in demo mode choose a demo user per role; otherwise the organisation's login."""

import streamlit as st

from monitor import ui
from monitor.access import ROLE_LABELS, Role

st.title("Ervaringsmonitor")
st.write(
    "Het monitoringsdashboard van de regionale pool van ervaringsdeskundigen in Noord- en "
    "Midden-Limburg: leren van wat er gebeurt, zonder te sturen op KPI's."
)

if ui.is_demo():
    st.info(
        "**Demo-omgeving.** Deze database bevat verzonnen gegevens. Kies een demogebruiker om "
        "het dashboard te bekijken zoals die rol het ziet.",
        icon=":material/science:",
    )
    users = ui.users_for_login()
    for role in Role:
        group = [u for u in users if u["role"] == role]
        if not group:
            continue
        st.subheader(ROLE_LABELS[role])
        cols = st.columns(min(len(group), 4))
        for i, user in enumerate(group):
            label = user["display_name"]
            if user["municipality_name"]:
                label += f" ({user['municipality_name']})"
            if cols[i % len(cols)].button(label, key=f"login.{user['login']}"):
                ui.login(int(user["id"]))
else:
    st.write("Log in met uw account van de organisatie.")
    st.caption("Inloggen via de identity provider wordt ingesteld in `.streamlit/secrets.toml`.")
