import datetime as dt

from monitor import db


def test_note_for_proposal_gives_author_visibility_date_tags_and_themes(db_path):
    row = db.read("note_for_proposal", note_id=5).row(0, named=True)
    assert (row["peer_expert_id"], row["visibility"], row["note_date"]) == (
        3,
        "citeerbaar",
        dt.date(2025, 9, 12),
    )
    assert sorted(row["tag_codes"]) == ["laagdrempelig", "normalisering"]
    assert row["theme_codes"] == ["stigma"]
    assert db.read("note_for_proposal", note_id=2)["tag_codes"].to_list() == [None]
