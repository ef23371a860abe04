from monitor import db
from tests.conftest import run_sql


def test_audit_log_filter_options_lists_distinct_values_per_kind(db_path):
    run_sql(
        db_path,
        "insert into audit_log (actor, action, entity) values "
        "('b@x.test', 'create', 'note'), ('a@x.test', 'create', 'note'), ('a@x.test', 'login', 'app_user')",
    )
    assert db.read("audit_log_filter_options").rows() == [
        ("action", "create"),
        ("action", "login"),
        ("actor", "a@x.test"),
        ("actor", "b@x.test"),
        ("entity", "app_user"),
        ("entity", "note"),
    ]
