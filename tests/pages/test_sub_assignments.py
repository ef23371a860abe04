import datetime as dt

from streamlit.testing.v1 import AppTest

from monitor import db, formatting
from tests.conftest import APP, USERS, app_as, run_sql, texts

PAGE = "pages/sub_assignments.py"
K = "sub_assignments."


def open_detail(user, sub_id):
    """The page opened through its link, ``deelopdrachten?id=N``."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["user_id"] = USERS[user]
    at.run()
    at.query_params["id"] = str(sub_id)
    at.switch_page(PAGE).run()
    assert not at.exception
    return at


def register(at):
    return at.dataframe[0].value


def frame_with(at, column):
    """The one table on the page that has ``column``."""
    found = [d.value for d in at.dataframe if column in d.value.columns]
    assert len(found) == 1
    return found[0]


def moments(at):
    return frame_with(at, "Moment").set_index("Moment")["Stand"]


def count(sql):
    cur = db.connection().cursor()
    try:
        return cur.execute(sql).fetchall()[0][0]
    finally:
        cur.close()


def add_fixed_sub_assignments(db_path):
    # 4: ended in 2024, three quarterly moments all passed; 5: starts far in the future.
    run_sql(
        db_path,
        "insert into sub_assignment (title, municipality_code, goals, monitoring_method, "
        "frequency, accountability, start_date, end_date, status) values "
        "('Afgerond project Weert', 'GM0988', 'Doel', 'Methode', 'per_kwartaal', 'Verslag', "
        "'2024-01-15', '2024-12-31', 'afgerond'), "
        "('Toekomstig project', null, 'Doel', 'Methode', 'jaarlijks', 'Verslag', "
        "'2039-01-01', null, 'in_voorbereiding')",
    )


def test_register_shows_scope_period_frequency_and_monitoring_moments(db_path):
    add_fixed_sub_assignments(db_path)
    at = app_as("begeleidingsgroep", PAGE)
    assert not at.exception
    df = register(at)
    assert df["Deelopdracht"].tolist() == [
        "Afgerond project Weert",
        "Herstelgroep Beesel",
        "Inloop Venlo-Oost",
        "Toekomstig project",
        "Training wijkteams regio",
    ]
    rows = df.set_index("Deelopdracht")
    done = rows.loc["Afgerond project Weert"]
    assert done["Gemeente of regio"] == "Weert"
    assert done["Periode"] == "15 januari 2024 – 31 december 2024"
    assert done["Frequentie"] == "Per kwartaal"
    assert done["Volgend moment"] == "–"
    assert done["Nog te bespreken"] == "3 momenten"
    future = rows.loc["Toekomstig project"]
    assert future["Gemeente of regio"] == "Regio"
    assert future["Status"] == "In voorbereiding"
    assert future["Volgend moment"] == "1 januari 2040"
    assert future["Nog te bespreken"] == ""
    assert rows.loc["Inloop Venlo-Oost"]["Thema's"] == "Armoede en schulden, Eenzaamheid"
    assert rows.loc["Inloop Venlo-Oost"]["Openen"] == "deelopdrachten?id=1"


def test_register_filters_on_scope_status_theme_and_role(db_path):
    add_fixed_sub_assignments(db_path)
    at = app_as("gemeente", PAGE)
    at.selectbox(key=K + "scope").set_value("regio").run()
    assert register(at)["Deelopdracht"].tolist() == [
        "Toekomstig project",
        "Training wijkteams regio",
    ]
    at.selectbox(key=K + "status").set_value("actief").run()
    assert register(at)["Deelopdracht"].tolist() == ["Training wijkteams regio"]
    at.selectbox(key=K + "scope").set_value(None).run()
    at.selectbox(key=K + "theme").set_value("stigma").run()
    assert register(at)["Deelopdracht"].tolist() == ["Training wijkteams regio"]
    at.selectbox(key=K + "theme").set_value(None).run()
    at.selectbox(key=K + "role").set_value("inloop").run()
    assert register(at)["Deelopdracht"].tolist() == ["Inloop Venlo-Oost"]
    at.selectbox(key=K + "role").set_value(None).run()
    at.selectbox(key=K + "scope").set_value("GM0889").run()
    assert register(at)["Deelopdracht"].tolist() == ["Herstelgroep Beesel"]
    assert "1 van de 5 deelopdrachten" in texts(at)


def test_detail_opens_from_its_link_with_terms_stories_signals_and_moments(db_path):
    at = open_detail("coordinator", 1)
    assert at.selectbox(key=K + "id").value == 1
    shown = texts(at)
    assert "Inloop Venlo\\-Oost" in shown
    assert "Een vaste plek waar inwoners zonder afspraak binnenlopen" in shown
    assert "Verhalen en aantallen per maand" in shown
    assert "In de halfjaarrapportage" in shown
    assert "Inwoners komen terug en nemen anderen mee" in shown
    assert "**Frequentie:** Per kwartaal" in shown
    assert "Een man kwam voor het eerst binnen" in shown
    assert "Alleen voor mezelf" not in shown  # Anouk's own note
    assert "De inloop groeit; vaste bezoekers nemen anderen mee\\." in shown
    signals = frame_with(at, "Signaal")
    assert signals["Signaal"].tolist() == ["Geen avondinloop"]
    assert signals["Stand"].tolist() == ["Beantwoord"]
    shown_moments = moments(at)
    assert shown_moments["1 juni 2025"] == "besproken op 5 juni 2025"
    assert shown_moments["1 september 2025"] == "nog te bespreken"
    assert shown_moments["1 juni 2024"] == "nog te bespreken"


def test_detail_suppresses_small_counts_outside_the_pool_team(db_path):
    at = open_detail("coordinator", 1)
    at.radio(key=K + "grain").set_value("month").run()
    table = frame_with(at, "Periode").set_index("Periode")
    assert table.loc["feb 2025", "Activiteiten"] == "1"
    assert table.loc["feb 2025", "Bereikte inwoners"] == "1"
    assert table.loc["Totaal"].tolist() == ["3", "7", "21"]

    at = open_detail("gemeente", 1)
    at.radio(key=K + "grain").set_value("month").run()
    table = frame_with(at, "Periode").set_index("Periode")
    assert table.loc["jan 2025", "Bereikte inwoners"] == "12"
    assert table.loc["feb 2025", "Bereikte inwoners"] == "<5"
    # 12 + 1 + 8 = 21 is shown, so a second cell hides the 1: the smallest other non-zero.
    assert table.loc["jul 2025", "Bereikte inwoners"] == "×"
    assert table.loc["Totaal", "Activiteiten"] == "<5"
    assert "Kleine aantallen worden niet getoond" in texts(at)


def test_detail_hides_notes_and_signals_the_viewer_may_not_see(db_path):
    at = open_detail("gemeente_beesel", 1)
    shown = texts(at)
    assert "Een man kwam voor het eerst binnen" not in shown
    assert "Er zijn geen signalen bij deze deelopdracht die u kunt zien." in shown
    assert K + "reflection" not in [w.key for w in at.text_area]


def test_coordinator_records_a_reflection_for_a_moment_still_to_discuss(db_path):
    at = open_detail("coordinator", 1)
    at.selectbox(key=K + "moment").set_value(dt.date(2025, 9, 1))
    at.date_input(key=K + "held_date").set_value(dt.date(2025, 9, 8))
    at.text_area(key=K + "reflection").input("De avondinloop is besproken; we proberen het.")
    at.text_area(key=K + "figures").input("8 bezoekers in juli")
    at.multiselect(key=K + "notes").set_value([1])
    at.button(key=K + "save_reflection").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["De reflectie is opgeslagen."]
    shown_moments = moments(at)
    assert shown_moments["1 september 2025"] == "besproken op 8 september 2025"
    shown = texts(at)
    assert "De avondinloop is besproken; we proberen het\\." in shown
    assert "Besproken cijfers: 8 bezoekers in juli" in shown
    assert count("select count(*) from monitoring_moment") == 2  # the existing row was used
    assert count("select count(*) from monitoring_moment_note where monitoring_moment_id = 2") == 1
    assert count("select count(*) from audit_log where entity = 'monitoring_moment'") == 1


def test_a_scheduled_moment_is_materialised_when_its_reflection_is_recorded(db_path):
    at = open_detail("contractmanager", 1)
    at.selectbox(key=K + "moment").set_value(dt.date(2024, 6, 1))
    at.date_input(key=K + "held_date").set_value(dt.date(2024, 6, 3))
    at.text_area(key=K + "reflection").input("Eerste moment: de inloop moest nog groeien.")
    at.button(key=K + "save_reflection").click().run()
    assert not at.exception
    assert (
        count(
            "select count(*) from monitoring_moment where sub_assignment_id = 1 "
            "and due_date = '2024-06-01' and held_date = '2024-06-03'"
        )
        == 1
    )
    shown_moments = moments(at)
    assert shown_moments["1 juni 2024"] == "besproken op 3 juni 2024"


def test_a_reflection_without_text_is_refused_and_nothing_is_written(db_path):
    at = open_detail("coordinator", 1)
    at.selectbox(key=K + "moment").set_value(dt.date(2025, 9, 1))
    at.button(key=K + "save_reflection").click().run()
    assert [e.value for e in at.error] == [
        "Schrijf een korte reflectie op de eigen doelen van de deelopdracht."
    ]
    assert count("select count(*) from monitoring_moment where held_date is not null") == 1
    assert count("select count(*) from audit_log") == 0


def fill_new(at, **values):
    defaults = {
        "title": "Spreekuur bibliotheek Venray",
        "goals": "Inwoners vinden de weg naar steun",
        "monitoring_method": "Verhalen per maand",
        "accountability": "In de halfjaarrapportage",
    }
    for name, value in {**defaults, **values}.items():
        if name in ("title",):
            at.text_input(key=K + "new_" + name).input(value)
        elif name in ("start_date", "end_date"):
            at.date_input(key=K + "new_" + name).set_value(value)
        elif name in ("scope", "status", "frequency"):
            at.selectbox(key=K + "new_" + name).set_value(value)
        else:
            at.text_area(key=K + "new_" + name).input(value)
    at.button(key=K + "new_save").click().run()
    assert not at.exception
    return [e.value for e in at.error]


def test_creating_refuses_each_invalid_field_in_dutch_and_writes_nothing(db_path):
    at = app_as("coordinator", PAGE)
    errors = fill_new(at, title="  ", goals="", monitoring_method="", accountability="")
    assert errors == [
        "Geef de deelopdracht een titel.",
        "Beschrijf de eigen doelen van de deelopdracht.",
        "Beschrijf de wijze van monitoring.",
        "Beschrijf de wijze van verantwoording.",
        "Vul een startdatum in.",
    ]
    at = app_as("coordinator", PAGE)
    errors = fill_new(at, start_date=dt.date(2025, 6, 1), end_date=dt.date(2025, 6, 1))
    assert errors == ["De einddatum moet na de startdatum liggen."]
    at = app_as("coordinator", PAGE)
    errors = fill_new(at, start_date=dt.date(2023, 6, 1))
    assert errors == ["De startdatum ligt vóór de start van het contract (1 januari 2024)."]
    at = app_as("coordinator", PAGE)
    errors = fill_new(at, start_date=dt.date(2025, 6, 1), status="afgerond")
    assert errors == ["Een afgeronde of gestopte deelopdracht heeft een einddatum."]
    assert count("select count(*) from sub_assignment") == 3
    assert count("select count(*) from audit_log") == 0


def test_coordinator_creates_a_sub_assignment_which_is_audited(db_path):
    at = app_as("coordinator", PAGE)
    errors = fill_new(at, start_date=dt.date(2025, 9, 1), scope="GM0984", frequency="maandelijks")
    assert errors == []
    assert [s.value for s in at.success] == ["Deelopdracht 4 is aangemaakt."]
    row = register(at).set_index("Deelopdracht").loc["Spreekuur bibliotheek Venray"]
    assert row["Gemeente of regio"] == "Venray"
    assert row["Frequentie"] == "Maandelijks"
    assert count("select count(*) from audit_log where entity = 'sub_assignment' "
                 "and action = 'create' and entity_id = '4'") == 1  # fmt: skip


def test_editing_keeps_the_earlier_version_of_the_agreement_visible(db_path):
    at = open_detail("contractmanager", 2)
    at.text_area(key=K + "edit2_goals").input("Professionals kennen de pool en werken samen")
    at.selectbox(key=K + "edit2_frequency").set_value("per_kwartaal")
    at.button(key=K + "edit2_save").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["De wijzigingen zijn opgeslagen."]
    shown = texts(at)
    assert "Professionals kennen de pool en werken samen" in shown
    assert "**Versie 1**, van het begin tot " + formatting.date(dt.date.today()) in shown
    assert "*Eigen doelen:* Professionals kennen de pool en verwijzen" in shown
    assert count("select count(*) from sub_assignment_version where sub_assignment_id = 2") == 1
    assert count("select version from sub_assignment where id = 2") == 2
    assert count("select count(*) from audit_log where entity = 'sub_assignment'") == 1


def test_editing_refuses_an_end_before_the_start_and_changes_nothing(db_path):
    at = open_detail("coordinator", 2)
    at.date_input(key=K + "edit2_end_date").set_value(dt.date(2024, 8, 1))
    at.button(key=K + "edit2_save").click().run()
    assert [e.value for e in at.error] == ["De einddatum moet na de startdatum liggen."]
    assert count("select end_date from sub_assignment where id = 2") == dt.date(2026, 12, 31)
    assert count("select count(*) from sub_assignment_version") == 0


def test_readers_outside_coordinator_and_contract_manager_cannot_edit(db_path):
    for user in ("gemeente", "begeleidingsgroep", "ervaringsdeskundige"):
        at = open_detail(user, 1)
        keys = {w.key for w in [*at.text_area, *at.text_input]}
        assert K + "edit1_title" not in keys
        assert K + "reflection" not in keys


def test_context_events_are_drawn_on_the_activity_chart(db_path):
    run_sql(
        db_path,
        "insert into context_event (event_date, label, description, created_by) values "
        "('2025-07-15', 'Zomerstop inloop', '', 'test'), ('2023-01-01', 'Voor de start', '', 'test')",
    )
    at = open_detail("gemeente", 1)
    spec = at.get("plotly_chart")[0].proto.spec
    assert "Zomerstop inloop" in spec
    assert "Voor de start" not in spec  # before the sub-assignment's first quarter
