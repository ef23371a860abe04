import datetime as dt

from monitor import db

ALL = {"scope": None, "status": None, "theme": None, "role": None}


def titles(**filters):
    return db.read("sub_assignments_register", **{**ALL, **filters}).get_column("title").to_list()


def test_sub_assignments_register_lists_every_sub_assignment_with_scope_and_moments(db_path):
    df = db.read("sub_assignments_register", **ALL)
    assert df.select("id", "title", "scope", "status", "frequency").rows() == [
        (3, "Herstelgroep Beesel", "Beesel", "actief", "jaarlijks"),
        (1, "Inloop Venlo-Oost", "Venlo", "actief", "per_kwartaal"),
        (2, "Training wijkteams regio", "Regio", "actief", "halfjaarlijks"),
    ]
    venlo = df.row(1, named=True)
    assert venlo["municipality_code"] == "GM0983"
    assert venlo["start_date"] == dt.date(2024, 3, 1)
    assert venlo["end_date"] is None
    assert venlo["themes"] == ["Armoede en schulden", "Eenzaamheid"]
    assert venlo["roles"] == ["Inloop"]
    assert venlo["recorded_moments"] == [
        {"id": 1, "due_date": dt.date(2025, 6, 1), "held_date": dt.date(2025, 6, 5)},
        {"id": 2, "due_date": dt.date(2025, 9, 1), "held_date": None},
    ]
    assert df.row(2, named=True)["end_date"] == dt.date(2026, 12, 31)
    assert df.row(0, named=True)["recorded_moments"] is None


def test_sub_assignments_register_filters(db_path):
    assert titles(scope="regio") == ["Training wijkteams regio"]
    assert titles(scope="GM0889") == ["Herstelgroep Beesel"]
    assert titles(scope="GM0988") == []
    assert titles(status="afgerond") == []
    assert titles(theme="armoede_schulden") == ["Inloop Venlo-Oost"]
    assert titles(role="training") == ["Training wijkteams regio"]
    assert titles(scope="GM0983", theme="stigma") == []
