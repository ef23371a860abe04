"""Beheer's write functions: validated, audited with before and after, no lock-out."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from monitor import admin
from monitor.access import Role, Viewer
from monitor.validation import ValidationError
from tests.conftest import run_sql

CM = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)


def audit(db_path, entity):
    return [
        (a, e, json.loads(b) if b else None, json.loads(c) if c else None)
        for a, e, b, c in run_sql(
            db_path,
            f"select action, entity_id, before_json, after_json from audit_log "
            f"where entity = '{entity}' order by id",
        )
    ]


def test_changing_a_role_is_audited_with_before_and_after(db_path):
    admin.update_user(
        CM, 6, display_name="Gemeente Venlo", role="gemeente", municipality_code="GM0889"
    )
    ((action, entity_id, before, after),) = audit(db_path, "app_user")
    assert (action, entity_id) == ("update", "6")
    assert (before["municipality_code"], after["municipality_code"]) == ("GM0983", "GM0889")


def test_a_peer_expert_account_needs_its_peer_expert_and_drops_a_municipality(db_path):
    with pytest.raises(ValidationError, match="ervaringsdeskundige bij dit account"):
        admin.create_user(
            CM, login="nieuw@pool.test", display_name="Nieuw", role="ervaringsdeskundige"
        )
    user_id = admin.create_user(
        CM,
        login="chantal@pool.test",
        display_name="Chantal",
        role="ervaringsdeskundige",
        municipality_code="GM0983",
        peer_expert_id=3,
    )
    assert run_sql(
        db_path, f"select municipality_code, peer_expert_id from app_user where id = {user_id}"
    ) == [(None, 3)]


def test_the_last_active_contract_manager_cannot_be_removed(db_path):
    other = Viewer(8, "tweede@mgr.test", "Tweede", Role.CONTRACT_MANAGER)
    run_sql(
        db_path,
        "insert into app_user (login, display_name, role) values ('tweede@mgr.test', 'Tweede', "
        "'contractmanager')",
    )
    admin.deactivate_user(other, 4)  # two managers: one may go
    with pytest.raises(ValidationError, match="eigen account"):
        admin.deactivate_user(other, 8)
    assert run_sql(
        db_path, "select count(*) from app_user where role = 'contractmanager' and active"
    ) == [(1,)]


def test_a_duplicate_login_or_an_unchanged_user_is_refused(db_path):
    with pytest.raises(ValidationError, match="bestaat al"):
        admin.create_user(CM, login="VENLO@gemeente.test", display_name="x", role="coordinator")
    with pytest.raises(ValidationError, match="niets gewijzigd"):
        admin.update_user(CM, 5, display_name="Ellen (begeleidingsgroep)", role="begeleidingsgroep")


def test_a_key_version_date_can_only_be_used_once(db_path):
    shares = dict(run_sql(db_path, "select municipality_code, share_pct from distribution_key"))
    admin.add_key_version(CM, dt.date(2027, 1, 1), shares)
    with pytest.raises(ValidationError, match="al een verdeelsleutel"):
        admin.add_key_version(CM, dt.date(2027, 1, 1), shares)
    ((action, entity_id, _, after),) = audit(db_path, "distribution_key")
    assert (action, entity_id, after["GM0983"]) == ("create", "2027-01-01", "28.47")


def test_an_unused_theme_can_be_renamed_and_a_budget_line_update_is_audited(db_path):
    admin.update_theme(
        CM,
        "verlies",
        label="Rouw en verlies",
        facet="thema",
        description="",
        active=True,
        sort_order=1,
    )
    assert run_sql(db_path, "select label from theme where code = 'verlies'") == [
        ("Rouw en verlies",)
    ]
    admin.set_budget_line(CM, year=2024, line="fte", amount_eur=Decimal("410000"), indicative=False)
    ((action, entity_id, before, after),) = audit(db_path, "budget_line")
    assert (action, entity_id, before["amount_eur"], after["amount_eur"]) == (
        "update",
        "2024/fte",
        "400000.00",
        "410000.00",
    )
