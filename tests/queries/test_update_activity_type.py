from monitor import db
from tests.conftest import run_sql


def test_update_activity_type_changes_a_used_type_but_not_its_label(db_path):
    db.write(
        "update_activity_type",
        actor="t",
        code="inloop",
        family="direct",
        description="Vrije inloop",
        sort_order=7,
    )
    assert run_sql(
        db_path, "select label, description, sort_order from activity_type where code = 'inloop'"
    ) == [("Inloop", "Vrije inloop", 7)]
