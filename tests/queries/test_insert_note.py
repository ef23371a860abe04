import datetime as dt

from monitor import db


def test_insert_note_returns_the_new_id(db_path):
    with db.transaction("tester") as tx:
        (new_id,) = tx.one(
            "insert_note",
            note_date=dt.date(2025, 8, 1),
            peer_expert_id=2,
            municipality_code=None,
            sub_assignment_id=2,
            level="wij",
            body="Samen gezien",
            visibility="pool",
            setting_code="welzijn",
            created_by="tester",
        )
    assert new_id == 7
    row = db.read(
        "note_for_edit",
        id=7,
        viewer_role="coordinator",
        viewer_peer_expert_id=None,
        viewer_municipality=None,
    ).row(0, named=True)
    assert (row["level"], row["body"], row["version"]) == ("wij", "Samen gezien", 1)
