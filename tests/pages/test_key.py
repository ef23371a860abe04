from monitor import navigation
from monitor.access import Role
from tests.conftest import app_as, run_sql, texts
from tests.queries.key_setup import add_key_change


def open_key(user, **query):
    at = app_as(user)
    at.query_params.update(query)
    at.switch_page("pages/key.py").run()
    assert not at.exception
    return at


def key_table(at):
    return at.table[0].value.set_index("Gemeente")


def test_key_share_next_to_hours_with_the_region_apart(db_path):
    at = open_key("contractmanager")
    at.selectbox(key="key.period").set_value("2025-H1").run()
    table = key_table(at)
    assert table.loc["Venlo", "Aandeel verdeelsleutel"] == "28,47%"
    assert table.loc["Beesel", "Aandeel verdeelsleutel"] == "0,78%"
    assert table.loc["Venlo", "Inzet (uren)"] == "4,5"
    assert table.loc["Venlo", "Aandeel in de inzet"] == "39,1%"
    assert table.loc["Regio", "Aandeel verdeelsleutel"] == "–"
    assert table.loc["Regio", "Inzet (uren)"] == "4"
    assert list(table.index)[:2] == ["Beesel", "Bergen (L.)"]
    assert list(table.index)[-1] == "Regio"
    shown = texts(at)
    assert "de reële vraag meer leidend is dan de boekhoudkundige verdeling" in shown
    assert "alfabetische volgorde" in shown


def test_regional_deployment_can_be_allocated_by_the_key(db_path):
    at = open_key("coordinator", **{"key.period": "Eerste halfjaar 2025"})
    at.toggle(key="key.allocate").set_value(True).run()
    table = key_table(at)
    # 4,5 hours in Venlo plus 28,47% of the 4 regional hours = 5,6388.
    assert table.loc["Venlo", "Inzet (uren)"] == "5,6"
    assert table.loc["Regio", "Inzet (uren)"] == "verdeeld"


def test_counts_are_suppressed_for_readers_outside_the_pool_team(db_path):
    at = open_key("gemeente", **{"key.period": "Eerste halfjaar 2025"})
    at.selectbox(key="key.measure").set_value("residents_reached").run()
    table = key_table(at)
    assert table.loc["Beesel", "Inzet (bereikte inwoners)"] == "<5"
    assert table.loc["Beesel", "Aandeel in de inzet"] == "<5"
    assert table.loc["Weert", "Inzet (bereikte inwoners)"] == "<5"
    assert table.loc["Venlo", "Inzet (bereikte inwoners)"] == "13"
    assert "Kleine aantallen" in texts(at)
    at = open_key("coordinator", **{"key.period": "Eerste halfjaar 2025"})
    at.selectbox(key="key.measure").set_value("residents_reached").run()
    assert key_table(at).loc["Beesel", "Inzet (bereikte inwoners)"] == "3"


def test_euros_show_key_share_of_the_fte_budget_and_delivered_value(db_path):
    at = open_key("begeleidingsgroep", **{"key.period": "Eerste halfjaar 2025"})
    euros = at.table[1].value.set_index("Gemeente")
    # 28,47% of 425.000 for 181 of 365 days; 4,5 hours at 425.000 / 19,5 per hour.
    assert euros.loc["Venlo", "Volgens verdeelsleutel"] == "€ 60.002"
    assert euros.loc["Venlo", "Geleverde inzet, gewaardeerd"] == "€ 98.077"
    assert euros.loc["Regio", "Geleverde inzet, gewaardeerd"] == "€ 87.179"
    assert "gemiddeld € 21.794,87 per uur" in texts(at)


def test_a_key_change_mid_period_is_weighted_by_days(db_path):
    add_key_change(db_path)
    at = open_key("contractmanager", **{"key.period": "Eerste halfjaar 2025"})
    # (28,47 x 90 + 30,00 x 91) / 181 = 29,24
    assert key_table(at).loc["Venlo", "Aandeel verdeelsleutel"] == "29,24%"


def test_agreed_deviations_are_listed_with_reason_and_talk(db_path):
    run_sql(
        db_path,
        "insert into agreement (contract_talk_id, kind, description, municipality_code, "
        "period_start, reason) values (1, 'afwijking_verdeelsleutel', 'Extra inloop', "
        "'GM0907', '2026-01-01', 'Vraag vanuit de huisartsen')",
    )
    at = open_key("contractmanager")
    shown = texts(at)
    assert "Beesel" in shown and "Reële vraag uit de startbijeenkomst" in shown
    assert "contractgesprek van 1 oktober 2025" in shown
    assert "Gennep" in shown and "Vraag vanuit de huisartsen" in shown


def test_measure_and_period_are_restored_from_the_url(db_path):
    at = open_key(
        "contractmanager",
        **{"key.period": "Jaar 2025", "key.measure": "Activiteiten"},
    )
    assert at.selectbox(key="key.period").value == "2025"
    table = key_table(at)
    assert table.loc["Venlo", "Inzet (activiteiten)"] == "<5"
    assert table.loc["Regio", "Inzet (activiteiten)"] == "<5"


def test_the_key_page_is_for_the_analytic_roles(db_path):
    assert {s.file for s in navigation.pages_for(Role.PEER_EXPERT)} >= {"pages/reach.py"}
    assert "pages/key.py" not in {s.file for s in navigation.pages_for(Role.PEER_EXPERT)}
    for role in (Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.ADVISORY_GROUP, Role.MUNICIPALITY):
        assert "pages/key.py" in {s.file for s in navigation.pages_for(role)}


def test_the_share_history_marks_the_start_of_a_deviation(db_path):
    at = open_key("contractmanager")
    charts = at.get("plotly_chart")
    assert len(charts) == 2
    assert "afspraak Beesel" in charts[1].proto.spec  # history, small multiples
    assert "afspraak" in charts[0].proto.spec  # the note above Beesel's bars
