import datetime as dt

from playwright.sync_api import Page, expect

from monitor import formatting
from tests.e2e.conftest import Server, login, wait_for_app


def test_peer_expert_logs_an_activity_and_a_note_on_a_phone(page: Page, server: Server):
    login(page, server, "Anouk")
    page.get_by_role("link", name="Registreren").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Registreren")).to_be_visible()
    page.set_viewport_size({"width": 390, "height": 844})  # a phone

    # The activity form starts from Anouk's last entry (inloop in Venlo, 2,5 uur).
    residents = page.get_by_role("spinbutton", name="Bereikte inwoners")
    residents.fill("6")
    residents.press("Enter")
    wait_for_app(page)
    page.get_by_role("button", name="Activiteit opslaan").click()
    wait_for_app(page)
    expect(
        page.get_by_text("Opgeslagen: inloop in Venlo, 6 inwoners (geschat), 2,5 uur")
    ).to_be_visible()

    page.get_by_role("tab", name="Verhaal").click()
    story = "Een vrouw bleef na de inloop om te helpen opruimen en vertelde dat ze weer durft."
    page.get_by_role("textbox", name="Verhaal").fill(story)
    page.get_by_role("button", name="Verhaal opslaan").click()
    wait_for_app(page)
    today = formatting.date(dt.date.today())
    expect(page.get_by_text(f"Opgeslagen: ik-verhaal van {today} in Venlo")).to_be_visible()

    page.get_by_role("tab", name="Mijn registraties").click()
    expect(
        page.get_by_text(f"{today} · inloop in Venlo, 6 inwoners (geschat), 2,5 uur")
    ).to_be_visible()
    expect(page.get_by_text(story)).to_be_visible()
