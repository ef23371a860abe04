from decimal import Decimal

from monitor import db
from tests.conftest import run_sql


def ids(peer_expert_id, login, limit=50):
    df = db.read(
        "activities_for_peer_expert", peer_expert_id=peer_expert_id, login=login, limit=limit
    )
    return df["id"].to_list()


def test_activities_for_peer_expert_are_own_and_newest_first(db_path):
    assert ids(1, "anouk@pool.test") == [6, 2, 1]
    assert ids(2, "bram@pool.test") == [8, 3, 5]
    assert ids(1, "anouk@pool.test", limit=1) == [6]
    row = db.read(
        "activities_for_peer_expert", peer_expert_id=1, login="anouk@pool.test", limit=50
    ).row(2, named=True)
    assert row["municipality_name"] == "Venlo"
    assert row["activity_type_label"] == "Inloop"
    assert row["hours"] == Decimal("3.00")
    assert row["theme_codes"] == ["armoede_schulden", "eenzaamheid"]


def test_activities_for_peer_expert_include_what_a_login_registered_for_someone(db_path):
    run_sql(
        db_path,
        "insert into activity (activity_date, peer_expert_id, municipality_code, "
        "activity_type_code, form, residents_reached, hours, created_by) values "
        "('2025-03-01', 3, null, 'advies', 'groep', 0, 1, 'coordinator@pool.test')",
    )
    assert ids(None, "coordinator@pool.test") == [9]
    row = db.read(
        "activities_for_peer_expert", peer_expert_id=None, login="coordinator@pool.test", limit=5
    ).row(0, named=True)
    assert row["municipality_name"] == "Regio"
    assert row["peer_expert_name"] == "Chantal"
    assert row["theme_codes"] == []
