from monitor import db


def test_agreements_for_contract_talk_with_municipality_name(db_path):
    rows = db.read("agreements_for_contract_talk", contract_talk_id=1)
    assert rows.select("id", "kind", "municipality_name", "reason", "status").rows() == [
        (1, "afwijking_verdeelsleutel", "Beesel", "Reële vraag uit de startbijeenkomst", "open")
    ]
