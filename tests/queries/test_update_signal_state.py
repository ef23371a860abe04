from monitor import db

PARAMS = {
    "signal_id": 2,
    "status": "besproken",
    "response": None,
    "responded_by": None,
    "responded_at": None,
    "fed_back": False,
}


def test_update_signal_state_writes_and_bumps_version(db_path):
    assert db.write("update_signal_state", actor="test", version=1, **PARAMS) == [(1,)]
    row = db.read("signal_state_by_id", signal_id=2).row(0, named=True)
    assert (row["status"], row["version"]) == ("besproken", 2)


def test_update_signal_state_refuses_a_stale_version(db_path):
    assert db.write("update_signal_state", actor="test", version=1, **PARAMS) == [(1,)]
    assert db.write("update_signal_state", actor="test", version=1, **PARAMS) == [(0,)]
    assert db.read("signal_state_by_id", signal_id=2).row(0, named=True)["version"] == 2
