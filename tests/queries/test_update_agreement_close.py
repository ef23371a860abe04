from monitor import db


def test_update_agreement_close_only_closes_an_open_agreement_even_with_history(db_path):
    with db.transaction("t") as tx:
        tx.execute("insert_agreement_event", agreement_id=1, event="voortgang", note="", actor="a")
    with db.transaction("t") as tx:
        assert tx.execute("update_agreement_close", agreement_id=1, outcome="Gedaan") == [(1,)]
    row = db.read("agreement_by_id", agreement_id=1).row(0, named=True)
    assert (row["status"], row["outcome"]) == ("afgerond", "Gedaan")
    assert row["closed_at"] is not None
    with db.transaction("t") as tx:
        assert tx.execute("update_agreement_close", agreement_id=1, outcome="Nog eens") == [(0,)]
