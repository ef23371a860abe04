from monitor import db
from tests.queries.sensemaking_setup import finished_round


def test_story_proposal_detail_gives_round_status_and_period(db_path):
    _, pid = finished_round()
    row = db.read("story_proposal_detail", proposal_id=pid).row(0, named=True)
    assert (row["round_status"], row["period"], row["selected"]) == ("afgerond", "2025-H1", True)
    assert db.read("story_proposal_detail", proposal_id=999).is_empty()
