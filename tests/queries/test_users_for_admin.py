from monitor import db
from tests.conftest import run_sql


def test_users_for_admin_lists_every_user_with_scope_inactive_last(db_path):
    run_sql(db_path, "update app_user set active = false where id = 5")
    df = db.read("users_for_admin")
    assert df.height == 7
    assert df["id"].to_list()[-1] == 5
    venlo = df.filter(df["id"] == 6).row(0, named=True)
    assert (venlo["municipality_name"], venlo["peer_expert_name"]) == ("Venlo", None)
    anouk = df.filter(df["id"] == 1).row(0, named=True)
    assert (anouk["peer_expert_name"], anouk["active"]) == ("Anouk", True)
