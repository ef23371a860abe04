from monitor import db
from tests.conftest import run_sql


def test_user_record_by_id_returns_inactive_users_too(db_path):
    run_sql(db_path, "update app_user set active = false where id = 2")
    row = db.read("user_record_by_id", user_id=2).row(0, named=True)
    assert (row["login"], row["role"], row["peer_expert_id"], row["active"]) == (
        "bram@pool.test",
        "ervaringsdeskundige",
        2,
        False,
    )
    assert db.read("user_record_by_id", user_id=99).is_empty()
