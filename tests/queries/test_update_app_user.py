from monitor import db
from tests.conftest import run_sql


def test_update_app_user_changes_role_scope_and_active_but_not_the_login(db_path):
    db.write(
        "update_app_user",
        actor="t",
        user_id=6,
        display_name="Venlo (oud)",
        role="begeleidingsgroep",
        municipality_code=None,
        peer_expert_id=None,
        active=False,
    )
    assert run_sql(
        db_path,
        "select login, display_name, role, municipality_code, active from app_user where id = 6",
    ) == [("venlo@gemeente.test", "Venlo (oud)", "begeleidingsgroep", None, False)]
