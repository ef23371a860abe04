from monitor import db
from tests.conftest import run_sql


def test_sub_assignment_versions_of_an_unchanged_agreement_is_the_current_one(db_path):
    df = db.read("sub_assignment_versions", id=1)
    assert df.select("version", "goals", "is_current", "changed_by").rows() == [
        (1, "Een vaste plek waar inwoners zonder afspraak binnenlopen", True, None)
    ]
    assert df.row(0, named=True)["valid_from"] is None


def test_sub_assignment_versions_newest_first_with_periods(db_path):
    run_sql(
        db_path,
        "insert into sub_assignment_version (sub_assignment_id, version, goals, "
        "monitoring_method, frequency, accountability, signs, changed_by, changed_at) values "
        "(2, 1, 'Oud doel', 'Oude methode', 'jaarlijks', 'Oud', '', 'coordinator@pool.test', "
        "'2025-01-10 12:00:00+01'), "
        "(2, 2, 'Tweede doel', 'Methode', 'halfjaarlijks', 'Verslag', 'Tekens', "
        "'contractmanager@mgr.test', '2025-06-10 12:00:00+02'); "
        "update sub_assignment set version = 3 where id = 2",
    )
    df = db.read("sub_assignment_versions", id=2)
    rows = df.select("version", "goals", "frequency", "changed_by", "is_current").rows()
    assert rows == [
        (3, "Professionals kennen de pool en verwijzen", "halfjaarlijks", None, True),
        (2, "Tweede doel", "halfjaarlijks", "Maarten (contractmanager)", False),
        (1, "Oud doel", "jaarlijks", "Carla (coördinator)", False),
    ]
    dates = [
        (None if f is None else f.date().isoformat(), None if t is None else t.date().isoformat())
        for f, t in df.select("valid_from", "valid_to").rows()
    ]
    assert dates == [("2025-06-10", None), ("2025-01-10", "2025-06-10"), (None, "2025-01-10")]
