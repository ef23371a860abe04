"""Login: the organisation's login (OIDC); in a demo database also a choice of demo users."""

import streamlit as st

from monitor import ui
from monitor.access import ROLE_LABELS, Role

# What each role sees, in everyday words, for the demo screen.
ROLE_HELP: dict[Role, str] = {
    Role.PEER_EXPERT: "Registreert eigen inzet en verhalen, bepaalt wie een verhaal mag lezen.",
    Role.COORDINATOR: "Alles van de pool: deelopdrachten, import, de halfjaarrapportage.",
    Role.CONTRACT_MANAGER: "Alle overzichten, contractgesprekken, reacties op signalen, Beheer.",
    Role.ADVISORY_GROUP: "Analyses en de verhalen die voor de begeleidingsgroep open staan.",
    Role.MUNICIPALITY: "Analyses met kleine aantallen afgeschermd, citeerbare verhalen, rapporten.",
}

st.title("Ervaringsmonitor")
st.write(
    "Het monitoringsdashboard van de regionale pool van ervaringsdeskundigen in Noord- en "
    "Midden-Limburg: leren van wat er gebeurt, zonder te sturen op KPI's."
)

provider = ui.auth_provider()
problem = ui.login_problem()
demo = ui.is_demo()

if problem:
    st.warning(problem, icon=":material/no_accounts:")
    if st.button("Uitloggen", key="login.logout", icon=":material/logout:"):
        ui.logout()
elif provider is not None:
    st.write("Log in met het account van uw organisatie.")
    if st.button("Inloggen", key="login.oidc", type="primary", icon=":material/login:"):
        if provider:
            st.login(provider)
        else:
            st.login()

if demo:
    st.divider()
    st.info(
        "**Demo-omgeving.** Deze database bevat verzonnen gegevens. Kies een demogebruiker om "
        "het dashboard te bekijken zoals die rol het ziet. In een echte database bestaat deze "
        "keuze niet.",
        icon=":material/science:",
    )
    users = ui.users_for_login()
    for role in Role:
        group = [u for u in users if u["role"] == role]
        if not group:
            continue
        st.subheader(ROLE_LABELS[role])
        st.caption(ROLE_HELP[role])
        cols = st.columns(min(len(group), 4))
        for i, user in enumerate(group):
            label = user["display_name"]
            if user["municipality_name"]:
                label += f" ({user['municipality_name']})"
            if cols[i % len(cols)].button(label, key=f"login.{user['login']}"):
                ui.login(int(user["id"]))
elif provider is None:
    st.error(
        "Inloggen is nog niet ingesteld. De beheerder zet de gegevens van de identity provider "
        "van de organisatie in `.streamlit/secrets.toml` (zie de README, 'Inloggen en rollen').",
        icon=":material/lock:",
    )
