import datetime as dt

from monitor import db


def test_peer_experts_for_registration_lists_every_peer_expert_by_name(db_path):
    df = db.read("peer_experts_for_registration")
    assert df.rows() == [
        (1, "Anouk", dt.date(2024, 1, 1), None),
        (2, "Bram", dt.date(2024, 3, 1), None),
        (3, "Chantal", dt.date(2024, 6, 1), None),
    ]
