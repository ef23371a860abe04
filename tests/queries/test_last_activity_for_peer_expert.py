from decimal import Decimal

from monitor import db
from tests.conftest import run_sql


def test_last_activity_for_peer_expert_is_the_newest_with_its_themes(db_path):
    rows = db.read("last_activity_for_peer_expert", peer_expert_id=1).to_dicts()
    assert len(rows) == 1
    last = rows[0]
    assert last["id"] == 6
    assert last["municipality_code"] == "GM0983"
    assert last["activity_type_code"] == "inloop"
    assert last["hours"] == Decimal("2.50")
    assert last["theme_codes"] == ["eenzaamheid"]


def test_last_activity_for_peer_expert_prefers_the_highest_id_on_the_same_day(db_path):
    run_sql(
        db_path,
        "insert into activity (activity_date, peer_expert_id, activity_type_code, form, "
        "residents_reached, hours, created_by) values "
        "('2025-07-01', 1, 'advies', 'groep', 0, 1, 'x')",
    )
    last = db.read("last_activity_for_peer_expert", peer_expert_id=1)
    assert last["id"].to_list() == [9]
    assert last["theme_codes"].to_list() == [[]]  # no themes: an empty list, not null


def test_last_activity_for_peer_expert_is_empty_without_activities(db_path):
    run_sql(
        db_path, "insert into peer_expert (display_name, active_from) values ('Dirk', '2025-01-01')"
    )
    assert db.read("last_activity_for_peer_expert", peer_expert_id=4).is_empty()
