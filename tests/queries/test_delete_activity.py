from monitor import db


def test_delete_activity_deletes_only_at_the_seen_version(db_path):
    with db.transaction("tester") as tx:
        tx.execute("delete_activity_themes", activity_id=2)
    with db.transaction("tester") as tx:
        assert tx.execute("delete_activity", id=2, seen_version=5) == []
        assert tx.execute("delete_activity", id=2, seen_version=1) == [(2,)]
    assert db.read("activity_for_edit", id=2).is_empty()
