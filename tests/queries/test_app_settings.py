from monitor import db


def test_app_settings_lists_the_demo_flag(db_path):
    assert db.read("app_settings").rows() == [("demo", "true")]


def test_app_settings_of_a_fresh_database_are_empty(empty_db):
    assert db.read("app_settings").is_empty()
