from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import build_fixture_db, run_sql
from tests.e2e.conftest import Server, login, wait_for_app

ANSWER = "De gemeenten bespreken de wachtlijst in het volgende overleg."


@pytest.fixture
def signal_server(tmp_path: Path) -> Iterator[Server]:
    """A server whose database holds a new signal raised by Anouk (peer expert 1, user 1)."""
    db = tmp_path / "signal.duckdb"
    build_fixture_db(db)
    run_sql(
        db,
        "insert into signal (raised_date, raised_by, signal_type, municipality_code, title,"
        " description) values ('2025-11-20', 1, 'knelpunt_beleid', 'GM0983',"
        " 'Wachtlijst schuldhulp te lang', 'Inwoners haken af omdat de wachttijd maanden is.');"
        "insert into signal_theme values (3, 'armoede_schulden');"
        "insert into signal_note values (3, 1);",
    )
    srv = Server(db, tmp_path)
    yield srv
    srv.stop()


def test_signal_raised_by_peer_expert_is_answered_and_the_answer_reaches_her(
    page: Page, signal_server: Server
):
    login(page, signal_server, "Maarten (contractmanager)")
    page.get_by_test_id("stSidebarNavItems").get_by_role(
        "link", name="Verhalen en signalen"
    ).click()
    wait_for_app(page)
    page.get_by_role("radio", name="Signalen", exact=True).click()
    wait_for_app(page)
    page.get_by_test_id("stSelectbox").filter(has_text="Signaal bekijken").click()
    page.get_by_role("option", name="Wachtlijst schuldhulp te lang (Nieuw)").click()
    wait_for_app(page)

    page.get_by_role("button", name="Naar 'Besproken'").click()
    wait_for_app(page)
    expect(page.get_by_text("het signaal staat nu op 'Besproken'")).to_be_visible()

    answer = page.get_by_role("textbox", name="Antwoord aan de ervaringsdeskundigen")
    answer.fill(ANSWER)
    answer.press("Control+Enter")
    wait_for_app(page)
    page.get_by_role("button", name="Naar 'Beantwoord'").click()
    wait_for_app(page)
    expect(page.get_by_text("het signaal staat nu op 'Beantwoord'")).to_be_visible()

    page.get_by_role("button", name="Uitloggen").click()
    wait_for_app(page)
    login(page, signal_server, "Anouk")
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name="Mijn signalen").click()
    wait_for_app(page)
    expect(page.get_by_text("Wachtlijst schuldhulp te lang")).to_be_visible()
    expect(page.get_by_text(ANSWER)).to_be_visible()
    expect(page.get_by_text("stap 3 van 4: Beantwoord").first).to_be_visible()
