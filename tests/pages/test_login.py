from tests.conftest import app_as, texts


def test_login_screen_offers_demo_users_per_role_in_a_demo_database(db_path):
    at = app_as(None)
    assert not at.exception
    assert "Demo-omgeving" in texts(at)
    labels = [b.label for b in at.button]
    assert "Maarten (contractmanager)" in labels
    assert "Gemeente Venlo (Venlo)" in labels


def test_choosing_a_demo_user_logs_in_with_that_role(db_path):
    at = app_as(None)
    at.button(key="login.contractmanager@mgr.test").click().run()
    assert not at.exception
    assert at.session_state["user_id"] == 4
    assert any(t.value == "Overzicht" for t in at.title)
