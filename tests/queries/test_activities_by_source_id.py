from monitor import db
from tests.conftest import run_sql


def test_activities_by_source_id_finds_known_source_ids_only(db_path):
    run_sql(
        db_path,
        "insert into activity (activity_date, peer_expert_id, activity_type_code, form, "
        "residents_reached, hours, source, source_id, created_by) values "
        "('2025-03-01', 1, 'inloop', 'open', 3, 1, 'import', 'P-1', 'tester')",
    )
    df = db.read("activities_by_source_id", source_ids=["P-1", "P-2"])
    assert df.rows() == [("P-1", 9, None)]
    assert db.read("activities_by_source_id", source_ids=[]).is_empty()
