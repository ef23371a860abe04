from monitor import db


def test_contract_talk_by_id_lists_the_represented_municipalities(db_path):
    row = db.read("contract_talk_by_id", contract_talk_id=1).row(0, named=True)
    assert row["municipalities"] == ["Beesel", "Venlo", "Weert"]
    assert row["discussion"] == "Besproken: inloop Venlo en training wijkteams."
    assert db.read("contract_talk_by_id", contract_talk_id=7).is_empty()
