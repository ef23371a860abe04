import datetime as dt
from decimal import Decimal

import pytest

from monitor import db
from tests.conftest import run_sql


def test_insert_key_share_adds_one_share_of_a_new_version(db_path):
    db.write(
        "insert_key_share",
        actor="t",
        municipality_code="GM0983",
        valid_from=dt.date(2027, 1, 1),
        share_pct=Decimal("30.00"),
    )
    assert run_sql(
        db_path, "select share_pct from distribution_key where valid_from = '2027-01-01'"
    ) == [(Decimal("30.00"),)]


def test_insert_key_share_refuses_a_second_share_for_the_same_version(db_path):
    with pytest.raises(db.ConstraintError):
        db.write(
            "insert_key_share",
            actor="t",
            municipality_code="GM0983",
            valid_from=dt.date(2024, 1, 1),
            share_pct=Decimal("1.00"),
        )
