"""Report items (c) and (d) carry the outcome of making sense together (issue 10)."""

from monitor import sensemaking
from monitor.reports.data import build_report
from monitor.reports.markdown import render_markdown
from tests.conftest import viewer_for
from tests.queries.sensemaking_setup import finished_round


def test_selected_stories_with_their_reasons_are_in_item_c(db_path):
    finished_round()
    md = render_markdown(build_report("2025-H1", prepared_by="Carla"))
    assert "Verhalen gekozen in de verhalenronde" in md
    assert "Vertrouwen groeit hier zichtbaar" in md
    beesel = render_markdown(build_report("2025-H1", municipality_code="GM0889", prepared_by="x"))
    assert "Vertrouwen groeit hier zichtbaar" not in beesel  # a Venlo story


def test_a_trend_enters_item_d_only_with_two_interpretations(db_path):
    ellen = viewer_for("begeleidingsgroep")
    sensemaking.annotate(
        ellen,
        "rapport",
        "2025-H2",
        "Training wijkteams",
        "Wijkteams vragen vaker om de pool",
        ["De training werkt", "Er zijn nieuwe wijkteamleden"],
    )
    md = render_markdown(build_report("2025-H2", prepared_by="Carla"))
    assert "Geduide trends" in md
    assert "Er zijn nieuwe wijkteamleden" in md
    assert "De training werkt" in md
