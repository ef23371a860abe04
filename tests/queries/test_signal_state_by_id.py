from monitor import db


def test_signal_state_by_id(db_path):
    assert db.read("signal_state_by_id", signal_id=1).select(
        "id", "status", "response", "responded_by", "fed_back", "version"
    ).rows() == [
        (1, "beantwoord", "De gemeente onderzoekt een avondinloop in 2026.", "seed", False, 1)
    ]
    assert db.read("signal_state_by_id", signal_id=99).is_empty()
