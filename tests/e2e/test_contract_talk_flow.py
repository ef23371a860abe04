import datetime as dt
import re

from playwright.sync_api import Page, expect

from monitor import formatting
from tests.e2e.conftest import Server, login, wait_for_app


def open_page(page: Page, name: str) -> None:
    """Follow a sidebar link; the sidebar folds long menus behind 'View N more'."""
    link = page.get_by_test_id("stSidebarNav").get_by_role("link", name=name, exact=True)
    more = page.get_by_test_id("stSidebarNav").get_by_text(re.compile(r"^View \d+ more$"))
    expect(link.or_(more).first).to_be_visible(timeout=30_000)
    if not link.is_visible():
        more.click()
    link.click()
    wait_for_app(page)


def test_contract_manager_records_a_talk_and_sees_the_key_deviation(page: Page, server: Server):
    login(page, server, "Maarten (contractmanager)")
    open_page(page, "Contractgesprek")
    expect(page.get_by_role("heading", name="Contractgesprek", exact=True)).to_be_visible()

    page.get_by_role("tab", name="Vastleggen").click()
    form = page.get_by_test_id("stForm")
    form.get_by_role("textbox", name="Verslag van de bespreking").fill(
        "Inloop Venlo en de vraag uit Weert besproken."
    )
    form.get_by_role("textbox", name="Afspraak 1").fill("Avondinloop in Venlo verkennen")
    form.get_by_role("textbox", name="Eigenaar 1").fill("Coördinator")

    municipality = form.get_by_role("combobox", name="Gemeente 1")
    municipality.click()
    municipality.fill("Weert")
    page.get_by_role("option", name="Weert", exact=True).click()
    form.get_by_role("textbox", name="Reden 1").fill("Reële vraag vanuit de wijkteams in Weert")
    form.get_by_role("spinbutton", name="day, Vanaf 1").click()
    page.keyboard.type("01012026")  # day, month, year: the field moves on by itself

    form.get_by_role("button", name="Gesprek vastleggen").click()
    wait_for_app(page)
    today = formatting.date(dt.date.today())
    expect(page.get_by_text(f"Het contractgesprek van {today} is vastgelegd")).to_be_visible()

    page.get_by_role("tab", name="Opvolgen").click()
    expect(page.get_by_text("Afspraak: Avondinloop in Venlo verkennen")).to_be_visible()

    open_page(page, "Gemeente en verdeelsleutel")
    deviation = page.get_by_text("Reden: Reële vraag vanuit de wijkteams in Weert")
    expect(deviation).to_be_visible(timeout=30_000)
    expect(deviation).to_contain_text("Weert, vanaf 1 januari 2026 zonder einddatum")
