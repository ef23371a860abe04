from monitor import db
from tests.conftest import run_sql


def test_activities_by_source_id_finds_known_source_ids_only(db_path):
    run_sql(db_path, "update activity set source = 'import', source_id = 'P-1' where id = 3")
    df = db.read("activities_by_source_id", source_ids=["P-1", "P-2"])
    assert df.rows() == [("P-1", 3, None)]
    assert db.read("activities_by_source_id", source_ids=[]).is_empty()
