import json

from monitor import db


def test_insert_audit_log_appends_one_row_inside_the_transaction(db_path):
    with db.transaction("tester@pool.test") as tx:
        tx.audit("update", "note", 3, {"body": "oud"}, {"body": "nieuw"})
    cur = db.connection().cursor()
    rows = cur.execute(
        "select actor, action, entity, entity_id, before_json, after_json from audit_log"
    ).fetchall()
    cur.close()
    assert len(rows) == 1
    actor, action, entity, entity_id, before, after = rows[0]
    assert (actor, action, entity, entity_id) == ("tester@pool.test", "update", "note", "3")
    assert json.loads(before) == {"body": "oud"}
    assert json.loads(after) == {"body": "nieuw"}
