from monitor import db
from tests.conftest import run_sql


def test_user_by_id_returns_role_and_scope(db_path):
    row = db.read("user_by_id", user_id=6).row(0, named=True)
    assert row["login"] == "venlo@gemeente.test"
    assert row["role"] == "gemeente"
    assert row["municipality_code"] == "GM0983"
    assert row["peer_expert_id"] is None


def test_user_by_id_ignores_unknown_and_inactive_users(db_path):
    assert db.read("user_by_id", user_id=999).is_empty()
    run_sql(db_path, "update app_user set active = false where id = 2")
    assert db.read("user_by_id", user_id=2).is_empty()
