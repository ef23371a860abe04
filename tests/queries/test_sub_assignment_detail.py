import datetime as dt

from monitor import db


def test_sub_assignment_detail_returns_terms_and_links(db_path):
    row = db.read("sub_assignment_detail", id=1).row(0, named=True)
    assert row["title"] == "Inloop Venlo-Oost"
    assert row["scope"] == "Venlo"
    assert row["goals"] == "Een vaste plek waar inwoners zonder afspraak binnenlopen"
    assert row["monitoring_method"] == "Verhalen en aantallen per maand"
    assert row["frequency"] == "per_kwartaal"
    assert row["accountability"] == "In de halfjaarrapportage"
    assert row["signs"] == "Inwoners komen terug en nemen anderen mee"
    assert row["start_date"] == dt.date(2024, 3, 1)
    assert row["version"] == 1
    assert row["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    assert row["themes"] == ["Armoede en schulden", "Eenzaamheid"]
    assert row["role_codes"] == ["inloop"]
    assert row["roles"] == ["Inloop"]
    assert row["goal_codes"] == []
    assert row["development_goals"] == []


def test_sub_assignment_detail_regional_scope_goals_and_unknown_id(db_path):
    db.write(
        "insert_sub_assignment_goals", actor="t", sub_assignment_id=2,
        codes=["groei_pool", "dekkend_netwerk"],
    )  # fmt: skip
    row = db.read("sub_assignment_detail", id=2).row(0, named=True)
    assert row["scope"] == "Regio"
    assert row["municipality_code"] is None
    assert row["goal_codes"] == ["dekkend_netwerk", "groei_pool"]
    assert row["development_goals"] == ["Dekkend netwerk", "Groei van de pool"]
    assert db.read("sub_assignment_detail", id=99).is_empty()
