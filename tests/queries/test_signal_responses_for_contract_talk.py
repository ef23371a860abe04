from monitor import db


def test_signal_responses_for_a_talk_without_responses_is_empty(db_path):
    assert db.read("signal_responses_for_contract_talk", contract_talk_id=1).is_empty()


def test_signal_responses_name_the_signal_and_its_municipality(db_path):
    db.write(
        "insert_contract_talk_signal_response",
        actor="t",
        contract_talk_id=1,
        signal_id=1,
        status_before="besproken",
        response="Avondinloop wordt onderzocht.",
    )
    row = db.read("signal_responses_for_contract_talk", contract_talk_id=1).row(0, named=True)
    assert (row["title"], row["municipality_name"], row["status_now"]) == (
        "Geen avondinloop",
        "Venlo",
        "beantwoord",
    )
