from monitor import db


def test_insert_contract_talk_signal_response_keeps_the_response_with_the_talk(db_path):
    db.write(
        "insert_contract_talk_signal_response",
        actor="t",
        contract_talk_id=1,
        signal_id=2,
        status_before="nieuw",
        response="Wordt herzien.",
    )
    rows = db.read("signal_responses_for_contract_talk", contract_talk_id=1)
    assert rows.select("signal_id", "status_before", "response", "status_now").rows() == [
        (2, "nieuw", "Wordt herzien.", "nieuw")
    ]
