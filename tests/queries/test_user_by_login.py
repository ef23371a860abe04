from monitor import db
from tests.conftest import run_sql


def test_user_by_login_matches_the_email_case_insensitively(db_path):
    df = db.read("user_by_login", email=" Venlo@Gemeente.TEST ", sub="iets-anders")
    assert df.select("id", "role", "municipality_code", "active").rows() == [
        (6, "gemeente", "GM0983", True)
    ]


def test_user_by_login_falls_back_to_the_subject_and_prefers_the_email(db_path):
    assert db.read("user_by_login", email=None, sub="beleid@regio.test")["id"].to_list() == [5]
    both = db.read("user_by_login", email="anouk@pool.test", sub="bram@pool.test")
    assert both["id"].to_list() == [1]


def test_user_by_login_returns_inactive_users_with_their_flag_and_nothing_for_unknown(db_path):
    run_sql(db_path, "update app_user set active = false where id = 2")
    assert db.read("user_by_login", email="bram@pool.test", sub=None)["active"].to_list() == [False]
    assert db.read("user_by_login", email="niemand@elders.test", sub="x").is_empty()
    assert db.read("user_by_login", email=None, sub=None).is_empty()
