from monitor import db


def test_peer_expert_choices_lists_peer_experts_with_their_active_accounts(db_path):
    df = db.read("peer_expert_choices")
    assert df.select("id", "display_name", "active", "active_accounts").rows() == [
        (1, "Anouk", True, 1),
        (2, "Bram", True, 1),
        (3, "Chantal", True, 0),
    ]
