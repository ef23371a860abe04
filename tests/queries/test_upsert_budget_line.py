from decimal import Decimal

from monitor import db
from tests.conftest import run_sql


def test_upsert_budget_line_inserts_a_new_line_and_updates_an_existing_one(db_path):
    db.write(
        "upsert_budget_line",
        actor="t",
        year=2030,
        line="fte",
        amount_eur=Decimal("1.00"),
        indicative=True,
    )
    db.write(
        "upsert_budget_line",
        actor="t",
        year=2030,
        line="fte",
        amount_eur=Decimal("2.50"),
        indicative=False,
    )
    assert run_sql(db_path, "select amount_eur, indicative from budget_line where year = 2030") == [
        (Decimal("2.50"), False)
    ]
