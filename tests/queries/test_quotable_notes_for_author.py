import datetime as dt

from monitor import db


def test_quotable_notes_for_author_lists_only_own_citeerbaar_notes_in_the_period(db_path):
    h1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}
    rows = db.read("quotable_notes_for_author", peer_expert_id=1, **h1).to_dicts()
    assert [r["id"] for r in rows] == [1]  # note 2 is 'eigen'
    assert sorted(rows[0]["tag_codes"]) == ["laagdrempelig", "vertrouwen"]
    assert sorted(rows[0]["theme_codes"]) == ["armoede_schulden", "eenzaamheid"]
    assert db.read("quotable_notes_for_author", peer_expert_id=2, **h1).is_empty()
