from monitor import db
from tests.conftest import run_sql


def test_insert_signal_discussion_once_per_talk(db_path):
    params = {"signal_id": 2, "contract_talk_id": 1, "recorded_by": "test"}
    assert db.write("insert_signal_discussion", actor="test", **params) == [(2, 1)]
    assert db.write("insert_signal_discussion", actor="test", **params) == []
    assert run_sql(db_path, "select signal_id, contract_talk_id from signal_discussion") == [(2, 1)]
