from tests.conftest import app_as, run_sql, texts


def open_trends(user, **query):
    at = app_as(user)
    at.query_params.update(query)
    at.switch_page("pages/trends.py").run()
    assert not at.exception
    return at


def table_of(at):
    return at.dataframe[0].value.set_index(at.dataframe[0].value.columns[0])


def test_activities_per_quarter_by_theme_for_the_pool_team(db_path):
    at = open_trends("coordinator")
    at.selectbox(key="trends.period").set_value("2025").run()
    table = table_of(at)
    assert list(table.columns) == ["K1 2025", "K2 2025", "K3 2025", "K4 2025", "Totaal"]
    assert table.loc["Armoede en schulden", "K1 2025"] == "2"
    assert table.loc["Stigma en schaamte", "Totaal"] == "2"
    # Activity 1 has two themes; the total row counts it once.
    assert table.loc["Totaal", "K1 2025"] == "4"
    assert table.loc["Totaal", "Totaal"] == "8"


def test_counts_are_suppressed_for_the_advisory_group_but_hours_are_not(db_path):
    at = open_trends("begeleidingsgroep")
    at.selectbox(key="trends.period").set_value("2025").run()
    table = table_of(at)
    assert table.loc["Armoede en schulden", "K1 2025"] == "<5"
    assert table.loc["Totaal", "Totaal"] == "8"
    assert "niet getekend" in texts(at)
    at.selectbox(key="trends.measure").set_value("hours").run()
    assert table_of(at).loc["Armoede en schulden", "K1 2025"] == "4,5"


def test_every_breakdown_and_grain_of_activities(db_path):
    at = open_trends("coordinator")
    at.selectbox(key="trends.period").set_value("2025-H1").run()
    at.selectbox(key="trends.grain").set_value("half_year").run()
    expected = {
        "municipality": ("Regio", "1"),
        "activity_type": ("1-op-1", "2"),
        "form": ("Individueel", "2"),
        "sub_assignment": ("Geen deelopdracht", "1"),
        "care_relation": ("Niet vastgelegd", "1"),
    }
    for breakdown, (row, value) in expected.items():
        at.selectbox(key="trends.breakdown").set_value(breakdown).run()
        assert not at.exception
        assert table_of(at).loc[row, "H1 2025"] == value, breakdown
    at.selectbox(key="trends.grain").set_value("month").run()
    assert list(table_of(at).columns) == ["jan 2025", "feb 2025", "mrt 2025", "apr 2025",
                                          "mei 2025", "jun 2025", "Totaal"]  # fmt: skip


def test_notes_count_only_what_the_reader_may_read_and_limit_the_breakdowns(db_path):
    at = open_trends("gemeente")
    at.selectbox(key="trends.measure").set_value("notes").run()
    assert at.selectbox(key="trends.breakdown").options == [
        "Thema",
        "Gemeente",
        "Deelopdracht",
    ]
    at.selectbox(key="trends.breakdown").set_value("municipality").run()
    at.selectbox(key="trends.grain").set_value("half_year").run()
    at.selectbox(key="trends.period").set_value("2025").run()
    table = table_of(at)
    assert list(table.index) == ["Venlo", "Regio", "Totaal"]
    assert table.loc["Venlo", "H1 2025"] == "<5"


def test_signals_by_theme(db_path):
    at = open_trends("contractmanager")
    at.selectbox(key="trends.measure").set_value("signals").run()
    at.selectbox(key="trends.period").set_value("2025").run()
    table = table_of(at)
    assert table.loc["Stigma en schaamte", "K3 2025"] == "<5"


def test_choices_are_restored_from_the_url_and_downloads_offered(db_path):
    at = open_trends(
        "begeleidingsgroep",
        **{
            "trends.measure": "Uren",
            "trends.breakdown": "Vorm",
            "trends.grain": "Halfjaar",
            "trends.period": "Jaar 2025",
        },
    )
    assert at.selectbox(key="trends.measure").value == "hours"
    assert at.selectbox(key="trends.breakdown").value == "form"
    table = table_of(at)
    assert table.loc["Groep", "H2 2025"] == "5,5"
    labels = {b.proto.label for b in at.get("download_button")}
    assert labels == {"Download CSV", "Download Excel"}


def test_an_empty_period_says_so(db_path):
    at = open_trends("coordinator")
    at.selectbox(key="trends.period").set_value("2024").run()
    assert "niets om te tonen" in texts(at)


def test_context_events_are_drawn_on_the_time_chart(db_path):
    run_sql(
        db_path,
        "insert into context_event (event_date, label, description, created_by) values "
        "('2025-07-15', 'Zomerstop inloop', '', 'test'), ('2023-01-01', 'Voor de start', '', 'test')",
    )
    at = open_trends("coordinator")
    at.selectbox(key="trends.period").set_value("2025").run()
    spec = at.get("plotly_chart")[0].proto.spec
    assert "Zomerstop inloop" in spec
    assert "Voor de start" not in spec
