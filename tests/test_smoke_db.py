from tests.conftest import app_as


def test_overview_shows_fixture_figures_for_2025_h1(db_path):
    at = app_as("coordinator", "pages/overview.py")
    at.selectbox(key="overview.period").set_value("2025-H1").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Activiteiten"] == "5"
    assert metrics["Uren"] == "11,5"
    assert metrics["Bereikte inwoners"] == "38"
