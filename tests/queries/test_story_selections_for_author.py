from monitor import db
from tests.queries.sensemaking_setup import finished_round


def test_story_selections_for_author_give_the_reason_back(db_path):
    finished_round()
    rows = db.read("story_selections_for_author", peer_expert_id=1).to_dicts()
    assert [(r["period"], r["domain_label"], r["note_id"], r["reason"]) for r in rows] == [
        ("2025-H1", "Vertrouwen", 1, "Vertrouwen groeit hier zichtbaar.")
    ]
    assert db.read("story_selections_for_author", peer_expert_id=2).is_empty()
