from monitor import db
from tests.conftest import run_sql


def test_insert_activity_type_adds_a_role(db_path):
    db.write(
        "insert_activity_type",
        actor="t",
        code="onderzoek",
        label="Onderzoek",
        family="invloed",
        description="Meedoen in onderzoek",
        sort_order=20,
    )
    assert run_sql(db_path, "select label, family from activity_type where code = 'onderzoek'") == [
        ("Onderzoek", "invloed")
    ]
