from monitor import db
from tests.conftest import app_as, run_sql, texts

PAGE = "pages/development_goals.py"
K = "development_goals."


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


def test_coverage_view_shows_every_municipality_and_says_partial_coverage_is_expected(db_path):
    at = app_as("gemeente", PAGE)
    at.selectbox(key=K + "period").set_value("2025-H2").run()
    assert not at.exception
    shown = texts(at)
    assert "het niet te verwachten valt dat er in 2024 en 2025 al in alle gemeenten dekking is" in (
        shown
    )
    assert "was de pool aanwezig in 4 van de 14 gemeenten" in shown
    assert "Daarnaast liepen er 1 regionale deelopdrachten." in shown
    table = frame_with(at, "Vindplekken").set_index("Gemeente")
    assert len(table) == 14
    assert table.loc["Venlo"].tolist() == [1, 1, 1, "Buurthuis of ontmoetingsplek"]
    assert table.loc["Weert"].tolist() == [0, 1, 0, ""]
    assert table.loc["Gennep"].tolist() == [0, 0, 0, ""]


def test_goals_show_their_narrative_and_only_evidence_the_reader_may_see(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('samenwerking', '2025-H2', 'Samen met het wijkteam.', 'coordinator@pool.test'); "
        "insert into goal_evidence values (1, 'note', 5), (1, 'note', 4), (1, 'signal', 2)",
    )
    at = app_as("coordinator", PAGE)
    at.selectbox(key=K + "period").set_value("2025-H2").run()
    shown = texts(at)
    assert "Samen met het wijkteam\\." in shown
    assert "Over tweede halfjaar 2025 is voor dit doel nog geen verhaal geschreven." in shown
    assert "Verhaal · 12 september 2025 · Wat we samen zien" in shown.replace("\\", "")
    assert "Signaal · 13 september 2025 · Formulieren schrikken af" in shown.replace("\\", "")
    at = app_as("gemeente", PAGE)  # Venlo: neither Beesel's note nor Beesel's signal
    at.selectbox(key=K + "period").set_value("2025-H2").run()
    shown = texts(at).replace("\\", "")
    assert "Samen met het wijkteam." in shown
    assert "Wat we samen zien" not in shown
    assert "Formulieren schrikken af" not in shown
    assert not [w for w in at.text_area if w.key and w.key.startswith(K)]


def test_contract_manager_writes_progress_with_evidence_and_it_is_audited(db_path):
    at = app_as("contractmanager", PAGE)
    at.selectbox(key=K + "period").set_value("2025-H2").run()
    at.button(key=K + "save_groei_pool").click().run()
    assert [e.value for e in at.error] == ["Schrijf een kort verhaal over de voortgang."]
    assert count("select count(*) from goal_progress") == 0
    at.text_area(key=K + "narrative_groei_pool_2025-H2").input("Twee nieuwe mensen in de pool.")
    at.multiselect(key=K + "evidence_groei_pool_2025-H2").set_value([("activity", 7)])
    at.button(key=K + "save_groei_pool").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["Het verhaal over 'Groei van de pool' is opgeslagen."]
    shown = texts(at).replace("\\", "")
    assert "Twee nieuwe mensen in de pool." in shown
    assert "Activiteit · 12 september 2025 · Zelfregiegroep · Beesel · Herstelgroep Beesel" in shown
    assert count("select count(*) from goal_evidence") == 1
    assert count("select count(*) from audit_log where entity = 'goal_progress'") == 1


def test_evidence_picker_offers_the_newest_and_finds_older_ones_by_search(db_path):
    # 60 extra training sessions (regional, no sub-assignment) late in 2025-H2: the picker shows
    # the newest 50 activities and says so; a search finds the older Beesel activity.
    run_sql(
        db_path,
        "insert into activity (activity_date, peer_expert_id, municipality_code, "
        "activity_type_code, form, residents_reached, hours, created_by) "
        "select date '2025-10-01' + i::integer, 2, null, 'training', 'groep', 6, 1.0, 'seed' "
        "from range(60) as t(i)",
    )
    at = app_as("coordinator", PAGE)
    at.selectbox(key=K + "period").set_value("2025-H2").run()
    assert not at.exception
    picker = at.multiselect(key=K + "evidence_groei_pool_2025-H2")
    assert ("activity", 7) not in picker.options
    assert len([o for o in picker.options if "Activiteit" in o]) == 50
    assert "De keuzelijst toont de nieuwste: 50 van 63 (activiteit)." in texts(at)
    at.text_input(key=K + "search_groei_pool_2025-H2").input("herstelgroep").run()
    picker = at.multiselect(key=K + "evidence_groei_pool_2025-H2")
    assert [o for o in picker.options if "Activiteit" in o] == [
        "Activiteit · 12 september 2025 · Zelfregiegroep · Beesel · Herstelgroep Beesel"
    ]
    at.text_area(key=K + "narrative_groei_pool_2025-H2").input("Herstelgroep groeit.")
    picker.set_value([("activity", 7)])
    at.button(key=K + "save_groei_pool").click().run()
    assert not at.exception
    assert count("select string_agg(kind || ref_id, ',') from goal_evidence") == "activity7"
    at.text_input(key=K + "search_groei_pool_2025-H2").input("bestaat-niet").run()
    assert "Niets gevonden met 'bestaat-niet' in tweede halfjaar 2025." in texts(at).replace(
        "\\", ""
    )
