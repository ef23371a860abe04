from monitor import db


def test_insert_signal_event_records_a_status_step(db_path):
    with db.transaction("tester") as tx:
        (event_id,) = tx.one(
            "insert_signal_event",
            signal_id=2,
            from_status=None,
            to_status="nieuw",
            reason="Gemeld bij een verhaal",
            actor="tester",
        )
    cur = db.connection().cursor()
    rows = cur.execute(
        "select signal_id, from_status, to_status, reason, actor from signal_event where id = ?",
        [event_id],
    ).fetchall()
    cur.close()
    assert rows == [(2, None, "nieuw", "Gemeld bij een verhaal", "tester")]
