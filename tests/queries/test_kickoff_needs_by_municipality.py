from monitor import db
from tests.conftest import run_sql

SETUP = (
    "insert into kickoff (municipality_code, status) values ('GM0983', 'gehouden'), "
    "('GM0889', 'gepland'); "
    "insert into kickoff_need (kickoff_id, activity_type_code, theme_code, setting_code, "
    "description, sub_assignment_id) values "
    "(1, 'inloop', 'eenzaamheid', 'buurthuis', 'Vrije inloop', 1), "
    "(1, 'een_op_een', 'armoede_schulden', null, 'Steun bij schulden', null), "
    "(2, 'zelfregiegroep', 'psychische_kwetsbaarheid', 'buurthuis', 'Herstelgroep', 3)"
)


def test_kickoff_needs_by_municipality_names_role_theme_setting_and_sub_assignment(db_path):
    run_sql(db_path, SETUP)
    df = db.read("kickoff_needs_by_municipality", municipality=None)
    assert df.select(
        "id", "municipality_name", "role", "theme", "setting", "sub_assignment_title"
    ).rows() == [
        (3, "Beesel", "Zelfregiegroep", "Psychische kwetsbaarheid", "Buurthuis of ontmoetingsplek",
         "Herstelgroep Beesel"),
        (1, "Venlo", "Inloop", "Eenzaamheid", "Buurthuis of ontmoetingsplek", "Inloop Venlo-Oost"),
        (2, "Venlo", "1-op-1", "Armoede en schulden", None, None),
    ]  # fmt: skip


def test_kickoff_needs_by_municipality_filters_on_municipality(db_path):
    run_sql(db_path, SETUP)
    df = db.read("kickoff_needs_by_municipality", municipality="GM0983")
    assert df.get_column("id").to_list() == [1, 2]
    assert db.read("kickoff_needs_by_municipality", municipality="GM0988").is_empty()
