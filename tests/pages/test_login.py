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


# --- Issue 8: the organisation's login, demo mode only in a demo database -----------------

from streamlit.testing.v1 import AppTest  # noqa: E402

from tests.conftest import APP, ROOT, run_sql  # noqa: E402


def not_demo(db_path):
    run_sql(db_path, "delete from app_setting where key = 'demo'")


def oidc_app(email: str | None, sub: str = "subject-1") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=60)
    claims = {"is_logged_in": True, "sub": sub, "name": "Iemand"}
    if email is not None:
        claims["email"] = email
    at.user = claims
    at.run()
    return at


def test_outside_a_demo_database_there_is_no_demo_choice(db_path):
    not_demo(db_path)
    at = app_as(None)
    assert not at.exception
    shown = texts(at)
    assert "Demo-omgeving" not in shown
    assert not [b for b in at.button if b.key and b.key.startswith("login.") and "@" in b.key]
    assert "Inloggen is nog niet ingesteld" in shown


def test_outside_a_demo_database_a_user_id_in_the_session_is_not_honoured(db_path):
    not_demo(db_path)
    at = app_as("contractmanager")
    assert not at.exception
    assert not any(t.value == "Overzicht" for t in at.title)
    assert "Uitloggen" not in [b.label for b in at.button]
    # Even when the page script itself runs (a crafted request), it gets no viewer.
    page = AppTest.from_file(str(ROOT / "pages" / "overview.py"), default_timeout=60)
    page.session_state["user_id"] = 4
    page.run()
    assert not page.exception
    assert not page.metric
    assert "Log eerst in" in texts(page)


def test_demo_login_is_refused_outside_a_demo_database(db_path):
    not_demo(db_path)

    def script():
        from monitor import ui

        ui.login(4)

    at = AppTest.from_function(script, default_timeout=60)
    at.run()
    assert at.exception
    assert "user_id" not in at.session_state


def test_an_organisation_login_maps_the_email_to_the_role_and_is_audited(db_path):
    not_demo(db_path)
    at = oidc_app("Contractmanager@MGR.test")
    assert not at.exception
    assert any(t.value == "Overzicht" for t in at.title)
    assert "Contractmanager MGR" in texts(at)
    rows = run_sql(
        db_path,
        "select actor, action, entity, entity_id from audit_log where action = 'login'",
    )
    assert rows == [("contractmanager@mgr.test", "login", "app_user", "4")]


def test_an_organisation_login_falls_back_to_the_subject(db_path):
    not_demo(db_path)
    at = oidc_app(None, sub="venlo@gemeente.test")
    assert not at.exception
    assert "Gemeente" in texts(at)
    assert any(t.value == "Overzicht" for t in at.title)


def test_an_unknown_organisation_user_gets_a_dutch_message_and_no_data(db_path):
    not_demo(db_path)
    at = oidc_app("vreemde@elders.test")
    assert not at.exception
    shown = texts(at)
    assert "vreemde@elders.test" in shown
    assert "geen toegang tot de Ervaringsmonitor" in shown
    assert not at.metric
    assert not any(t.value == "Overzicht" for t in at.title)


def test_a_deactivated_user_gets_a_dutch_message_and_no_data(db_path):
    not_demo(db_path)
    run_sql(db_path, "update app_user set active = false where id = 4")
    at = oidc_app("contractmanager@mgr.test")
    assert not at.exception
    assert "gedeactiveerd" in texts(at)
    assert not at.metric
    assert not any(t.value == "Overzicht" for t in at.title)


def test_a_deactivated_demo_user_is_logged_out_on_the_next_run(db_path):
    at = app_as("contractmanager")
    assert any(t.value == "Overzicht" for t in at.title)
    run_sql(db_path, "update app_user set active = false where id = 4")
    at.run()
    assert not any(t.value == "Overzicht" for t in at.title)
    assert "Demo-omgeving" in texts(at)


def test_the_login_button_appears_when_the_organisation_login_is_configured(db_path):
    not_demo(db_path)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "x" * 32,
        "client_id": "monitor",
        "client_secret": "geheim",
        "server_metadata_url": "http://127.0.0.1:9400/.well-known/openid-configuration",
    }
    at.run()
    assert not at.exception
    assert at.button(key="login.oidc").label == "Inloggen"
    assert "Demo-omgeving" not in texts(at)


def test_logging_out_of_a_demo_session_returns_to_the_login_screen(db_path):
    at = app_as("coordinator")
    at.button(key="app.logout").click().run()
    assert not at.exception
    assert "user_id" not in at.session_state
    assert "Demo-omgeving" in texts(at)
