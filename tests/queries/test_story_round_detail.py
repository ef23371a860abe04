from monitor import db
from tests.queries.sensemaking_setup import finished_round


def test_story_round_detail_by_period_or_id_with_domain_labels(db_path):
    rid, _ = finished_round()
    by_period = db.read("story_round_detail", period="2025-H1", round_id=None).to_dicts()
    by_id = db.read("story_round_detail", period=None, round_id=rid).to_dicts()
    assert by_period == by_id
    row = by_period[0]
    assert (row["status"], row["domain_kind"]) == ("afgerond", "meerwaarde")
    assert row["domain_codes"] == ["laagdrempelig", "vertrouwen"]
    assert row["domain_labels"] == ["Laagdrempelig", "Vertrouwen"]
    assert row["closed_at"] is not None
    assert db.read("story_round_detail", period="2025-H2", round_id=None).is_empty()
