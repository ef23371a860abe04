from monitor import db


def test_insert_agreement_event_adds_to_the_history(db_path):
    with db.transaction("t") as tx:
        rows = tx.execute(
            "insert_agreement_event",
            agreement_id=1,
            event="voortgang",
            note="Gebeld",
            actor="maarten",
        )
    assert rows == [(1,)]
    events = db.read("agreement_events_by_agreement", agreement_id=1)
    assert events.select("event", "note", "actor").rows() == [("voortgang", "Gebeld", "maarten")]
