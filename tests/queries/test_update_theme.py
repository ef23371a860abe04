from monitor import db
from tests.conftest import run_sql


def test_update_theme_switches_off_a_used_theme(db_path):
    db.write(
        "update_theme",
        actor="t",
        code="stigma",
        facet="thema",
        description="Anders",
        active=False,
        sort_order=1,
    )
    assert run_sql(
        db_path, "select label, description, active from theme where code = 'stigma'"
    ) == [("Stigma en schaamte", "Anders", False)]
