from monitor import db
from tests.conftest import run_sql


def test_update_kickoff_need_links_the_sub_assignment_it_became(db_path):
    run_sql(
        db_path,
        "insert into kickoff (municipality_code, status) values ('GM0889', 'gehouden'); "
        "insert into kickoff_need (kickoff_id, activity_type_code, theme_code, description) "
        "values (1, 'groep', 'stigma', 'Groep')",
    )
    rows = db.write(
        "update_kickoff_need", actor="t", id=1, activity_type_code="zelfregiegroep",
        theme_code="psychische_kwetsbaarheid", setting_code="buurthuis",
        description="Herstelgroep", sub_assignment_id=3,
    )  # fmt: skip
    assert rows == [(1,)]
    df = db.read("kickoff_needs_by_municipality", municipality="GM0889")
    assert df.select("role", "theme", "setting", "description", "sub_assignment_title").rows() == [
        ("Zelfregiegroep", "Psychische kwetsbaarheid", "Buurthuis of ontmoetingsplek",
         "Herstelgroep", "Herstelgroep Beesel")
    ]  # fmt: skip
