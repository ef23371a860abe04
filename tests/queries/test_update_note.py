import datetime as dt

from monitor import db


def test_update_note_changes_text_only_at_the_seen_version(db_path):
    params = {
        "note_date": dt.date(2025, 1, 16),
        "level": "wij",
        "body": "Nieuwe tekst",
        "visibility": "pool",
    }
    with db.transaction("tester") as tx:
        # Note 1 is referenced by themes, tags and a signal: the update must still work.
        assert tx.execute("update_note", id=1, seen_version=1, **params) == [(1,)]
        assert tx.execute("update_note", id=1, seen_version=1, **params) == [(0,)]
    row = db.read(
        "note_for_edit",
        id=1,
        viewer_role="coordinator",
        viewer_peer_expert_id=None,
        viewer_municipality=None,
    ).row(0, named=True)
    assert (row["body"], row["level"], row["version"]) == ("Nieuwe tekst", "wij", 2)
    assert row["municipality_code"] == "GM0983"
