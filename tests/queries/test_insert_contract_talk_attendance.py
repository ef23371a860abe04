import pytest

from monitor import db
from tests.conftest import run_sql


def test_insert_contract_talk_attendance_once_per_municipality(db_path):
    db.write(
        "insert_contract_talk_attendance", actor="t", contract_talk_id=1, municipality_code="GM0984"
    )
    count = "select count(*) from contract_talk_attendance where contract_talk_id = 1"
    assert run_sql(db_path, count) == [(4,)]
    with pytest.raises(db.ConstraintError):
        db.write(
            "insert_contract_talk_attendance",
            actor="t",
            contract_talk_id=1,
            municipality_code="GM0983",
        )
