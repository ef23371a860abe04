from tests.conftest import app_as, run_sql, texts


def open_reach(user, **query):
    at = app_as(user)
    at.query_params.update(query)
    at.switch_page("pages/reach.py").run()
    assert not at.exception
    return at


def table_of(at):
    at.toggle(key="reach.as_table").set_value(True).run()
    assert not at.exception
    return at.dataframe[0].value


def test_pool_team_sees_exact_counts_per_municipality_and_theme(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    table = table_of(at).set_index("Gemeente")
    assert table.loc["Beesel", "Psychische kwetsbaarheid"] == "3"
    assert table.loc["Venlo", "Armoede en schulden"] == "13"
    assert table.loc["Venlo", "Totaal"] == "13"  # activity 1 has two themes, counted once
    assert table.loc["Regio", "Stigma en schaamte"] == "20"
    assert table.loc["Totaal", "Totaal"] == "38"
    assert "zijn er 12 geschat" in texts(at)


def test_others_see_small_counts_as_under_five_with_complements(db_path):
    at = open_reach("contractmanager")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    table = table_of(at).set_index("Gemeente")
    assert table.loc["Beesel", "Psychische kwetsbaarheid"] == "<5"
    assert table.loc["Weert", "Werk en meedoen"] == "<5"
    assert table.loc["Beesel", "Totaal"] == "<5"
    assert table.loc["Venlo", "Totaal"] == "13"
    shown = set(table.to_numpy().ravel().tolist())
    assert "3" not in shown and "2" not in shown
    assert "Kleine aantallen worden niet getoond" in texts(at)


def test_measure_activities_and_form_filter(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025").run()
    at.selectbox(key="reach.measure").set_value("activities").run()
    at.multiselect(key="reach.forms").set_value(["open"]).run()
    table = table_of(at).set_index("Gemeente")
    assert table.loc["Venlo", "Eenzaamheid"] == "2"
    assert table.loc["Venlo", "Armoede en schulden"] == "1"
    assert table.loc["Totaal", "Totaal"] == "2"


def test_municipality_theme_and_activity_type_filters_narrow_the_grid(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025").run()
    at.multiselect(key="reach.municipalities").set_value(["regio", "GM0889"]).run()
    at.multiselect(key="reach.themes").set_value(["stigma", "psychische_kwetsbaarheid"]).run()
    at.multiselect(key="reach.activity_types").set_value(["training"]).run()
    table = table_of(at)
    assert table.columns.tolist() == [
        "Gemeente",
        "Psychische kwetsbaarheid",
        "Stigma en schaamte",
        "Totaal",
    ]
    assert table["Gemeente"].tolist() == ["Beesel", "Regio", "Totaal"]
    assert table.set_index("Gemeente").loc["Regio", "Stigma en schaamte"] == "35"


def test_filters_are_restored_from_the_url(db_path):
    at = open_reach(
        "coordinator",
        **{
            "reach.period": "Eerste halfjaar 2025",
            "reach.measure": "Activiteiten",
            "reach.municipalities": ["Venlo"],
            "reach.as_table": "true",
        },
    )
    assert at.selectbox(key="reach.period").value == "2025-H1"
    assert at.selectbox(key="reach.measure").value == "activities"
    assert at.multiselect(key="reach.municipalities").value == ["GM0983"]
    table = at.dataframe[0].value
    assert table["Gemeente"].tolist() == ["Venlo", "Totaal"]
    assert table.set_index("Gemeente").loc["Venlo", "Armoede en schulden"] == "2"


def test_the_notes_behind_a_cell_respect_visibility(db_path):
    at = open_reach("gemeente")
    at.selectbox(key="reach.period").set_value("2025").run()
    at.selectbox(key="reach.note_place").set_value("regio").run()
    at.selectbox(key="reach.note_theme").set_value("stigma").run()
    shown = texts(at)
    assert "Een wijkteam uit Roermond vroeg" in shown  # quotable, regional
    assert "De wijkteamleden stelden veel vragen" not in shown  # 'begeleiding' only

    at = open_reach("ervaringsdeskundige")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    at.selectbox(key="reach.note_place").set_value("GM0983").run()
    assert "Alleen voor mezelf" in texts(at)  # Anouk's own note


def test_selecting_a_bar_opens_the_notes_of_that_municipality(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    # The selection callback sets the notes filter; set its state as a chart click would.
    at.session_state["reach.note_place"] = "GM0889"
    at.run()
    assert at.selectbox(key="reach.note_place").value == "GM0889"
    assert "In de groep was het stil" in texts(at)
    assert "Een man kwam voor het eerst binnen" not in texts(at)


def test_downloads_hold_suppressed_values_for_others(db_path):
    at = open_reach("begeleidingsgroep")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    buttons = {b.proto.label: b for b in at.get("download_button")}
    assert set(buttons) == {"Download CSV", "Download Excel"}


def test_contract_period_has_no_earlier_period_to_compare(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("contract").run()
    assert "geen eerdere periode" in texts(at)


def test_a_period_without_activities_says_so(db_path):
    at = open_reach("gemeente")
    at.selectbox(key="reach.period").set_value("2024-H1").run()
    assert not at.exception
    assert "geen activiteiten" in texts(at)


def test_without_a_theme_filter_only_themes_with_activity_are_columns(db_path):
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025-H2").run()
    # 2025-H2 and 2025-H1 (the period before) together.
    assert table_of(at).columns.tolist() == [
        "Gemeente",
        "Armoede en schulden",
        "Psychische kwetsbaarheid",
        "Werk en meedoen",
        "Eenzaamheid",
        "Stigma en schaamte",
        "Totaal",
    ]


def test_many_notes_show_the_newest_twenty(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "select date '2025-03-01' + i::integer, 1, 'ik', 'Verhaal nummer ' || i, 'pool', 'test' "
        "from range(25) as t(i)",
    )
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    shown = texts(at)
    assert "28 verhalen die u kunt lezen" in shown  # 3 of the fixture + 25
    assert "Verhaal nummer 24" in shown  # newest
    assert "Verhaal nummer 0" not in shown


def test_note_count_is_written_the_dutch_way(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "select date '2025-03-01' + (i % 100)::integer, 1, 'ik', 'Verhaal nummer ' || i, 'pool', "
        "'test' from range(1000) as t(i)",
    )
    at = open_reach("coordinator")
    at.selectbox(key="reach.period").set_value("2025-H1").run()
    shown = texts(at)
    assert "1.003 verhalen die u kunt lezen" in shown
    assert "Verhaal nummer 999" in shown
    # The newest 20: 19 of these and one fixture note of 30 June 2025.
    assert sum("Verhaal nummer" in m.value for m in at.markdown) == 19
