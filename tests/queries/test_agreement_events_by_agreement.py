from monitor import db


def test_agreement_events_oldest_first(db_path):
    with db.transaction("t") as tx:
        tx.execute("insert_agreement_event", agreement_id=1, event="vastgelegd", note="", actor="a")
        tx.execute("insert_agreement_event", agreement_id=1, event="voortgang", note="x", actor="b")
    events = db.read("agreement_events_by_agreement", agreement_id=1)
    assert events.select("event", "actor").rows() == [("vastgelegd", "a"), ("voortgang", "b")]
    assert db.read("agreement_events_by_agreement", agreement_id=2).is_empty()
