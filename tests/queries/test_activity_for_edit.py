import datetime as dt

from monitor import db


def test_activity_for_edit_gives_the_row_with_themes_version_and_author(db_path):
    row = db.read("activity_for_edit", id=1).row(0, named=True)
    assert row["activity_date"] == dt.date(2025, 1, 15)
    assert row["peer_expert_id"] == 1
    assert row["version"] == 1
    assert row["created_by"] == "seed"
    assert row["source"] == "app"
    assert row["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    assert db.read("activity_for_edit", id=99).is_empty()
