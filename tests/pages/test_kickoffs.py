import datetime as dt

from monitor import db
from tests.conftest import app_as, run_sql, texts

PAGE = "pages/kickoffs.py"
K = "kickoffs."
SETUP = (
    "insert into kickoff (municipality_code, planned_date, held_date, status, stakeholders) "
    "values ('GM0983', '2024-02-01', '2024-02-20', 'gehouden', 'Wijkteam'), "
    "('GM0889', '2026-12-01', null, 'gepland', ''); "
    "insert into kickoff_need (kickoff_id, activity_type_code, theme_code, setting_code, "
    "description, sub_assignment_id) values "
    "(1, 'inloop', 'eenzaamheid', 'buurthuis', 'Vrije inloop in Oost', 1), "
    "(1, 'een_op_een', 'armoede_schulden', null, 'Steun bij schulden', null)"
)


def frame_with(at, column):
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1
    return found[0]


def count(sql):
    cur = db.connection().cursor()
    try:
        return cur.execute(sql).fetchall()[0][0]
    finally:
        cur.close()


def test_kickoffs_show_one_row_per_municipality_with_status_and_needs(db_path):
    run_sql(db_path, SETUP)
    at = app_as("gemeente", PAGE)
    assert not at.exception
    table = frame_with(at, "Stand").set_index("Gemeente")
    assert len(table) == 14
    assert table.loc["Venlo"].tolist() == ["Gehouden", "20 februari 2024", 2, 1]
    assert table.loc["Beesel"].tolist() == ["Gepland", "1 december 2026", 0, 0]
    assert table.loc["Gennep"].tolist() == ["Nog te plannen", "–", 0, 0]
    assert "1 van de 14 startbijeenkomsten zijn gehouden." in texts(at)


def test_a_need_without_sub_assignment_is_visible_as_such(db_path):
    run_sql(db_path, SETUP)
    at = app_as("begeleidingsgroep", PAGE)
    needs = frame_with(at, "Behoefte")
    assert needs[["Rol", "Thema", "Vindplek", "Deelopdracht"]].values.tolist() == [
        ["Inloop", "Eenzaamheid", "Buurthuis of ontmoetingsplek", "Inloop Venlo-Oost"],
        ["1-op-1", "Armoede en schulden", "–", "nog geen deelopdracht"],
    ]
    at.selectbox(key=K + "municipality").set_value("GM0889").run()
    assert "Er zijn nog geen behoeften vastgelegd." in texts(at)
    # only the coördinator records kick-offs
    assert not [w for w in at.text_area if w.key and w.key.startswith(K)]


def test_coordinator_records_a_kickoff_with_validation(db_path):
    at = app_as("coordinator", PAGE)
    at.selectbox(key=K + "municipality").set_value("GM0988").run()
    at.selectbox(key=K + "status_GM0988").set_value("gehouden")
    at.button(key=K + "save_kickoff_GM0988").click().run()
    assert [e.value for e in at.error] == [
        "Vul de datum in waarop de startbijeenkomst is gehouden."
    ]
    assert count("select count(*) from kickoff") == 0
    at.date_input(key=K + "held_GM0988").set_value(dt.date(2024, 5, 14))
    at.text_area(key=K + "stakeholders_GM0988").input("Huisartsen, bibliotheek")
    at.button(key=K + "save_kickoff_GM0988").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["De startbijeenkomst is opgeslagen."]
    table = frame_with(at, "Stand").set_index("Gemeente")
    assert table.loc["Weert"].tolist()[:2] == ["Gehouden", "14 mei 2024"]
    assert count("select count(*) from audit_log where entity = 'kickoff'") == 1


def test_coordinator_adds_a_need_and_links_it_to_a_sub_assignment(db_path):
    run_sql(db_path, SETUP)
    at = app_as("coordinator", PAGE)
    at.selectbox(key=K + "municipality").set_value("GM0983").run()
    at.selectbox(key=K + "need_GM0983").set_value(2).run()
    # Beesel's sub-assignment is not offered for Venlo; the regional one is.
    offered = at.selectbox(key=K + "need2_sub_assignment").options
    assert "Herstelgroep Beesel (Beesel)" not in offered
    assert "Training wijkteams regio (Regio)" in offered
    at.selectbox(key=K + "need2_sub_assignment").set_value(2)
    at.button(key=K + "need2_save").click().run()
    assert not at.exception
    needs = frame_with(at, "Behoefte")
    assert needs["Deelopdracht"].tolist() == ["Inloop Venlo-Oost", "Training wijkteams regio"]
    at.selectbox(key=K + "need_GM0983").set_value(None).run()
    at.text_area(key=K + "neednew_description").input("")
    at.button(key=K + "neednew_save").click().run()
    assert [e.value for e in at.error] == ["Beschrijf de behoefte."]
    at.text_area(key=K + "neednew_description").input("Jongeren met sombere gevoelens")
    at.selectbox(key=K + "neednew_theme").set_value("jongeren_somber")
    at.button(key=K + "neednew_save").click().run()
    needs = frame_with(at, "Behoefte")
    assert needs["Deelopdracht"].tolist()[-1] == "nog geen deelopdracht"
    assert count("select count(*) from audit_log where entity = 'kickoff_need'") == 2
