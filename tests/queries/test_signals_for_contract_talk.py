from monitor import db


def test_signals_for_contract_talk_are_those_awaiting_a_response(db_path):
    rows = db.read("signals_for_contract_talk")
    assert rows.select("id", "municipality_name", "status", "version").rows() == [
        (2, "Beesel", "nieuw", 1)
    ]
