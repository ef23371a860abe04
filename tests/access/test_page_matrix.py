"""Role × page: generated from monitor.navigation.PAGES, so every page added later is covered.

A permitted role runs the page without an exception. A role that may not open it does not even
get it in its navigation, and when the page script runs anyway (a crafted request, a direct
URL) it stops at the refusal before reading any data.
"""

import pytest
from streamlit.testing.v1 import AppTest

from monitor import navigation
from monitor.access import Role
from tests.conftest import ROOT, USERS, app_as, texts

USER_FOR_ROLE = {
    Role.PEER_EXPERT: "ervaringsdeskundige",
    Role.COORDINATOR: "coordinator",
    Role.CONTRACT_MANAGER: "contractmanager",
    Role.ADVISORY_GROUP: "begeleidingsgroep",
    Role.MUNICIPALITY: "gemeente",
}

CASES = [
    pytest.param(spec, role, id=f"{spec.url_path}-{role}")
    for spec in navigation.PAGES
    for role in Role
]


def shows_data(at: AppTest) -> bool:
    return bool(
        at.dataframe
        or at.metric
        or at.table
        or at.get("plotly_chart")
        or at.download_button
        or at.get("arrow_data_frame")
    )


@pytest.mark.parametrize(("spec", "role"), CASES)
def test_role_by_page(db_path, spec, role):
    user = USER_FOR_ROLE[role]
    if role in spec.roles:
        at = app_as(user, spec.file)
        assert not at.exception, f"{spec.file} as {role}: {at.exception}"
        assert not [e.value for e in at.error if "niet beschikbaar voor uw rol" in e.value]
        return
    at = app_as(user)
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page(spec.file)
    direct = AppTest.from_file(str(ROOT / spec.file), default_timeout=60)
    direct.session_state["user_id"] = USERS[user]
    direct.run()
    assert not direct.exception
    assert f"Deze pagina ({spec.title}) is niet beschikbaar voor uw rol." in texts(direct)
    assert not shows_data(direct)
