from monitor import db
from tests.conftest import run_sql


def test_insert_theme_adds_a_theme(db_path):
    db.write(
        "insert_theme",
        actor="t",
        code="wonen",
        label="Wonen",
        facet="gemene_deler",
        description="Een dak boven je hoofd",
        active=True,
        sort_order=50,
    )
    assert run_sql(db_path, "select label, facet, active from theme where code = 'wonen'") == [
        ("Wonen", "gemene_deler", True)
    ]
