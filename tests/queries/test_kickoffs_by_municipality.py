import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_kickoffs_by_municipality_lists_all_fourteen_even_without_kickoffs(db_path):
    df = db.read("kickoffs_by_municipality")
    assert df.height == 14
    assert set(df.get_column("status")) == {"nog_te_plannen"}
    assert df.get_column("kickoff_id").null_count() == 14
    assert df.get_column("municipality_name").to_list()[:3] == [
        "Beesel",
        "Bergen (L.)",
        "Echt-Susteren",
    ]


def test_kickoffs_by_municipality_counts_needs_and_those_without_sub_assignment(db_path):
    run_sql(
        db_path,
        "insert into kickoff (municipality_code, planned_date, held_date, status, stakeholders) "
        "values ('GM0983', '2024-02-01', '2024-02-20', 'gehouden', 'Wijkteam, bibliotheek'); "
        "insert into kickoff_need (kickoff_id, activity_type_code, theme_code, setting_code, "
        "description, sub_assignment_id) values "
        "(1, 'inloop', 'eenzaamheid', 'buurthuis', 'Vrije inloop', 1), "
        "(1, 'een_op_een', 'armoede_schulden', null, 'Steun bij schulden', null)",
    )
    venlo = (
        db.read("kickoffs_by_municipality")
        .filter(db.read("kickoffs_by_municipality").get_column("municipality_code") == "GM0983")
        .row(0, named=True)
    )
    assert venlo["kickoff_id"] == 1
    assert venlo["status"] == "gehouden"
    assert venlo["held_date"] == dt.date(2024, 2, 20)
    assert venlo["stakeholders"] == "Wijkteam, bibliotheek"
    assert (venlo["needs"], venlo["needs_without_sub_assignment"]) == (2, 1)
