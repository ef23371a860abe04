from monitor import db
from tests.conftest import run_sql


def test_insert_kickoff_need_returns_its_id(db_path):
    run_sql(
        db_path, "insert into kickoff (municipality_code, status) values ('GM0889', 'gehouden')"
    )
    rows = db.write(
        "insert_kickoff_need", actor="t", kickoff_id=1, activity_type_code="zelfregiegroep",
        theme_code="psychische_kwetsbaarheid", setting_code=None, description="Herstelgroep",
        sub_assignment_id=None,
    )  # fmt: skip
    assert rows == [(1,)]
    df = db.read("kickoff_needs_by_municipality", municipality="GM0889")
    assert df.select("id", "role", "setting", "sub_assignment_id").rows() == [
        (1, "Zelfregiegroep", None, None)
    ]
