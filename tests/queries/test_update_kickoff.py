import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_update_kickoff_changes_a_kickoff_that_has_needs(db_path):
    run_sql(
        db_path,
        "insert into kickoff (municipality_code, status) values ('GM0889', 'gepland'); "
        "insert into kickoff_need (kickoff_id, activity_type_code, theme_code, description) "
        "values (1, 'inloop', 'stigma', 'x')",
    )
    rows = db.write(
        "update_kickoff", actor="t", id=1, status="gehouden", planned_date=dt.date(2024, 4, 2),
        held_date=dt.date(2024, 4, 2), stakeholders="Wijkteam", summary="Goed bezocht",
    )  # fmt: skip
    assert rows == [(1,)]
    beesel = db.read("kickoffs_by_municipality").row(0, named=True)
    assert (beesel["status"], beesel["held_date"], beesel["summary"], beesel["needs"]) == (
        "gehouden", dt.date(2024, 4, 2), "Goed bezocht", 1
    )  # fmt: skip
