from monitor import db
from tests.conftest import run_sql
from tests.queries.sensemaking_setup import finished_round


def test_story_selections_for_period_feed_report_item_c_per_municipality(db_path):
    finished_round()
    rows = db.read(
        "story_selections_for_period", period="2025-H1", municipality_code=None
    ).to_dicts()
    assert [(r["domain_label"], r["note_id"], r["municipality_name"]) for r in rows] == [
        ("Vertrouwen", 1, "Venlo")
    ]
    assert db.read(
        "story_selections_for_period", period="2025-H1", municipality_code="GM0889"
    ).is_empty()
    assert (
        len(db.read("story_selections_for_period", period="2025-H1", municipality_code="GM0983"))
        == 1
    )
    # A note made less visible after selection is no longer quoted.
    run_sql(db_path, "update note set visibility = 'pool' where id = 1")
    assert db.read(
        "story_selections_for_period", period="2025-H1", municipality_code=None
    ).is_empty()
