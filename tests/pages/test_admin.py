import datetime as dt
from pathlib import Path

import pytest

from monitor import navigation
from monitor.access import Role
from tests.conftest import USERS, app_as, run_sql, texts

# Tables in page order (st.dataframe keys are not addressable in AppTest).
TABLES = ["audit", "users", "municipalities", "key", "theme", "activity_type", "budget"]


def table(at, name):
    return at.dataframe[TABLES.index(name)].value


def errors(at):
    return [e.value for e in at.error]


def test_beheer_is_only_in_the_menu_of_the_contract_manager():
    spec = navigation.spec("pages/admin.py")
    assert spec.roles == frozenset({Role.CONTRACT_MANAGER})
    assert (spec.url_path, spec.section) == ("beheer", "Beheer")


@pytest.mark.parametrize("user", [u for u in USERS if u != "contractmanager"])
def test_other_roles_get_a_refusal_and_no_data(db_path, user):
    at = app_as(user)
    # Not in their menu: the page cannot even be switched to.
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/admin.py")


def test_the_audit_log_shows_who_when_what_before_and_after_and_filters(db_path):
    run_sql(
        db_path,
        "insert into audit_log (actor, action, entity, entity_id, before_json, after_json) values "
        "('coordinator@pool.test', 'update', 'note', '3', '{\"body\": \"oud\"}', "
        "'{\"body\": \"nieuw\"}'), ('anouk@pool.test', 'create', 'activity', '9', null, '{}')",
    )
    at = app_as("contractmanager", "pages/admin.py")
    assert not at.exception
    shown = table(at, "audit")
    assert len(shown) == 2
    assert set(shown["Wie"]) == {"coordinator@pool.test", "anouk@pool.test"}
    at.selectbox(key="admin.audit_actor").set_value("coordinator@pool.test").run()
    shown = table(at, "audit")
    assert list(shown["Wat"]) == ["gewijzigd"]
    assert '"oud"' in shown["Ervoor"][0] and '"nieuw"' in shown["Erna"][0]
    at.selectbox(key="admin.audit_actor").set_value("Alle").run()
    at.selectbox(key="admin.audit_entity").set_value("activity").run()
    assert list(table(at, "audit")["Nummer"]) == ["9"]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    at.date_input(key="admin.audit_start").set_value(tomorrow).run()
    assert len(table(at, "audit")) == 0


def test_the_contract_manager_adds_a_user_with_a_role_and_it_is_audited(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.text_input(key="admin.new_login").input("Nieuw@Venray.test")
    at.text_input(key="admin.new_name").input("Gemeente Venray")
    at.selectbox(key="admin.new_role").set_value("gemeente")
    at.selectbox(key="admin.new_municipality").set_value("GM0984")
    at.button(key="admin.new_submit").click().run()
    assert not at.exception
    assert not errors(at)
    assert "nieuw@venray.test is toegevoegd" in texts(at)
    rows = run_sql(
        db_path,
        "select login, role, municipality_code, active from app_user where login like 'nieuw%'",
    )
    assert rows == [("nieuw@venray.test", "gemeente", "GM0984", True)]
    audit = run_sql(
        db_path, "select actor, action, entity from audit_log where entity = 'app_user'"
    )
    assert audit == [("contractmanager@mgr.test", "create", "app_user")]


def test_a_delegate_without_a_municipality_is_refused_and_nothing_is_stored(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.text_input(key="admin.new_login").input("zonder@gemeente.test")
    at.text_input(key="admin.new_name").input("Zonder gemeente")
    at.selectbox(key="admin.new_role").set_value("gemeente")
    at.button(key="admin.new_submit").click().run()
    assert errors(at) == ["Kies de gemeente van deze gemeentelijke vertegenwoordiger."]
    assert run_sql(db_path, "select count(*) from app_user") == [(7,)]


def test_the_contract_manager_changes_a_role_and_deactivates_a_user(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.selectbox(key="admin.user_choice").set_value(USERS["begeleidingsgroep"]).run()
    at.checkbox(key="admin.edit_active").uncheck()
    at.button(key="admin.edit_submit").click().run()
    assert not errors(at)
    assert run_sql(db_path, "select active from app_user where id = 5") == [(False,)]
    # The deactivated user no longer gets in.
    gone = app_as("begeleidingsgroep")
    assert not any(t.value == "Overzicht" for t in gone.title)


def test_the_contract_manager_cannot_lock_themselves_out(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.selectbox(key="admin.user_choice").set_value(USERS["contractmanager"]).run()
    at.selectbox(key="admin.edit_role").set_value("begeleidingsgroep")
    at.button(key="admin.edit_submit").click().run()
    assert errors(at) and "eigen account" in errors(at)[0]
    assert run_sql(db_path, "select role, active from app_user where id = 4") == [
        ("contractmanager", True)
    ]


def test_a_key_version_is_refused_unless_the_shares_add_up_to_100(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.date_input(key="admin.key_valid_from").set_value(dt.date(2027, 1, 1))
    at.number_input(key="admin.key_GM0983").set_value(28.48)  # Venlo 28,47 -> 28,48
    at.button(key="admin.key_submit").click().run()
    assert errors(at) == ["De aandelen tellen op tot 100,01% in plaats van 100,00%."]
    assert run_sql(db_path, "select count(distinct valid_from) from distribution_key") == [(1,)]

    at.number_input(key="admin.key_GM0983").set_value(28.47)
    at.number_input(key="admin.key_GM0889").set_value(0.77)  # Beesel 0,78 -> 0,77
    at.number_input(key="admin.key_GM0893").set_value(3.0)  # Bergen 3,44 -> 3,00
    at.button(key="admin.key_submit").click().run()
    assert errors(at) and "100,00%" in errors(at)[0]


def test_a_valid_key_version_is_stored_and_shown(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.date_input(key="admin.key_valid_from").set_value(dt.date(2027, 1, 1))
    at.button(key="admin.key_submit").click().run()  # the current shares: exactly 100,00
    assert not errors(at)
    assert run_sql(
        db_path,
        "select count(*), sum(share_pct) from distribution_key where valid_from = '2027-01-01'",
    ) == [(14, 100)]
    assert "vanaf 2027-01-01" in list(table(at, "key").columns)


def test_themes_and_activity_types_can_be_added_and_switched_off(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.text_input(key="admin.theme_new_code").input("wonen")
    at.text_input(key="admin.theme_new_label").input("Wonen")
    at.button(key="admin.theme_new_submit").click().run()
    assert not errors(at)
    at.selectbox(key="admin.theme_choice").set_value("stigma").run()
    at.checkbox(key="admin.theme_edit_active").uncheck()
    at.button(key="admin.theme_edit_submit").click().run()
    assert not errors(at)
    assert run_sql(
        db_path, "select code, active from theme where code in ('wonen', 'stigma') order by code"
    ) == [
        ("stigma", False),
        ("wonen", True),
    ]
    # A used theme keeps its label: DuckDB cannot change a referenced row's unique column.
    at.selectbox(key="admin.theme_choice").set_value("stigma").run()
    at.text_input(key="admin.theme_edit_label").input("Vooroordelen")
    at.button(key="admin.theme_edit_submit").click().run()
    assert errors(at) and "al gebruikt" in errors(at)[0]


def test_budget_lines_for_later_years_can_be_set(db_path):
    at = app_as("contractmanager", "pages/admin.py")
    at.number_input(key="admin.budget_year").set_value(2031)
    at.selectbox(key="admin.budget_line").set_value("evaluatie")
    at.number_input(key="admin.budget_amount").set_value(12500.0)
    at.checkbox(key="admin.budget_indicative").check()
    at.button(key="admin.budget_submit").click().run()
    assert not errors(at)
    assert run_sql(db_path, "select amount_eur, indicative from budget_line where year = 2031") == [
        (12500, True)
    ]
    shown = table(at, "budget")
    assert "€ 12.500,00" in list(shown["Bedrag"])


def test_the_backup_button_writes_a_consistent_export_from_inside_the_app(
    db_path, tmp_path, monkeypatch
):
    monkeypatch.setenv("MONITOR_BACKUP_DIR", str(tmp_path / "backups"))
    at = app_as("contractmanager", "pages/admin.py")
    at.button(key="admin.backup").click().run()
    assert not at.exception
    assert any("Back-up gemaakt" in s.value for s in at.success)
    (made,) = list((tmp_path / "backups").iterdir())
    assert {"schema.sql", "load.sql", "manifest.json", "note.parquet"} <= {
        p.name for p in Path(made).iterdir()
    }
    assert at.download_button(key="admin.backup_download")
