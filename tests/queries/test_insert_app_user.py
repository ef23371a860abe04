from monitor import db
from tests.conftest import run_sql


def test_insert_app_user_returns_the_new_id_and_stores_an_active_user(db_path):
    rows = db.write(
        "insert_app_user",
        actor="t",
        login="nieuw@weert.test",
        display_name="Gemeente Weert",
        role="gemeente",
        municipality_code="GM0988",
        peer_expert_id=None,
    )
    assert rows == [(8,)]
    assert run_sql(db_path, "select login, role, active from app_user where id = 8") == [
        ("nieuw@weert.test", "gemeente", True)
    ]
