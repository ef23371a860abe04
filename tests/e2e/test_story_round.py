"""One full story round in Chromium (issue 10): the coördinator opens it, a peer expert proposes
a quotable note, the begeleidingsgroep chooses it with a reason, the author reads why, and the
story stands with its reason in section (c) of that half-year's report."""

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server, login, wait_for_app

NOTE = "Een man kwam voor het eerst binnen en bleef de hele ochtend."  # Anouk's note 1, 2025-H1
REASON = "Hier zie je hoe vertrouwen groeit als niemand een formulier op tafel legt."


def go_to(page: Page, title: str) -> None:
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name=title).click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name=title).first).to_be_visible()


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_for_app(page)


def open_round_page(page: Page, server: Server, user: str) -> None:
    login(page, server, user)
    go_to(page, "Samen duiden")
    choose(page, "Halfjaar", "Eerste halfjaar 2025")


def advance(page: Page, phase: str) -> None:
    page.get_by_role("button", name="Naar de volgende fase").click()
    wait_for_app(page)
    expect(page.get_by_text("De ronde is doorgezet.")).to_be_visible()
    expect(page.get_by_text(phase)).to_be_visible()


def test_one_story_round_from_opening_to_the_report(page: Page, server: Server, tmp_path: Path):
    # The coördinator opens the round of 2025-H1 on one domain of added value.
    open_round_page(page, server, "Carla (coördinator)")
    form = page.get_by_test_id("stForm").filter(has_text="Ronde openen")
    form.get_by_test_id("stMultiSelect").click()
    page.keyboard.type("Vertrouwen")  # the list is virtualised: filter it
    page.get_by_role("option", name="Vertrouwen", exact=True).click()
    page.keyboard.press("Escape")
    form.get_by_role("button", name="Ronde openen").click()
    wait_for_app(page)
    expect(page.get_by_text("De verhalenronde is geopend.")).to_be_visible()
    expect(page.get_by_text("Domeinen: Vertrouwen")).to_be_visible()

    # Anouk proposes her quotable note of that half-year.
    open_round_page(page, server, "Anouk")
    form = page.get_by_test_id("stForm").filter(has_text="Voorstellen")
    expect(form.get_by_role("combobox", name="Uw verhaal")).to_have_value(
        re.compile("^15 januari 2025: Een man kwam")
    )
    form.get_by_role("textbox", name="Waarom dit verhaal?").fill("Dit gesprek bleef me bij.")
    form.get_by_role("button", name="Voorstellen").click()
    wait_for_app(page)
    expect(page.get_by_text("Uw verhaal is voorgesteld.")).to_be_visible()

    # The coördinator hands the round to the begeleidingsgroep.
    open_round_page(page, server, "Carla (coördinator)")
    advance(page, "De begeleidingsgroep kiest en schrijft waarom")

    # Ellen sees the round waiting for her, reads the proposal and chooses it with a reason.
    login(page, server, "Ellen (begeleidingsgroep)")
    expect(page.get_by_text("Verhalenronde 2025-H1: kies de verhalen")).to_be_visible()
    go_to(page, "Samen duiden")
    choose(page, "Halfjaar", "Eerste halfjaar 2025")
    expect(page.get_by_text(NOTE)).to_be_visible()
    reason = page.get_by_role("textbox", name="Waarom kiest u dit verhaal?")
    reason.fill(REASON)
    reason.press("Control+Enter")
    wait_for_app(page)
    page.get_by_role("button", name="Kiezen", exact=True).click()
    wait_for_app(page)
    expect(page.get_by_text("Gekozen; de reden gaat terug naar de schrijver.")).to_be_visible()
    expect(page.get_by_text(f"Gekozen door Ellen (begeleidingsgroep): {REASON}")).to_be_visible()

    # The coördinator closes the round: the reasons go back and the story into the report.
    open_round_page(page, server, "Carla (coördinator)")
    advance(page, "Afgerond: de redenen zijn terug bij de schrijvers")

    # Anouk reads why, first thing on her own Overzicht and again under Samen duiden.
    login(page, server, "Anouk")
    waiting = page.get_by_test_id("stVerticalBlock").filter(has_text="Wacht op mij").last
    expect(waiting.get_by_text("Verhalenronde 2025-H1")).to_be_visible()
    expect(waiting.get_by_text(REASON)).to_be_visible()
    go_to(page, "Samen duiden")
    expect(page.get_by_text("Uw gekozen verhalen en waarom")).to_be_visible()
    expect(page.get_by_text(f"Waarom: {REASON}")).to_be_visible()

    # The report of 2025-H1: section (c) holds the story with why it was chosen.
    login(page, server, "Maarten (contractmanager)")
    go_to(page, "Halfjaarrapportage")
    choose(page, "Halfjaar", "Eerste halfjaar 2025")
    expect(page.get_by_text("Verhalen gekozen in de verhalenronde")).to_be_visible()
    expect(
        page.get_by_text(f"Waarom gekozen (Ellen (begeleidingsgroep)): {REASON}")
    ).to_be_visible()
    page.get_by_role("button", name="Markdown maken").click()
    wait_for_app(page)
    with page.expect_download() as download:
        page.get_by_role("button", name="Download Markdown").click()
    saved = tmp_path / "rapport.md"
    download.value.save_as(saved)
    # The Markdown is made inert with backslashes; read it as text.
    markdown = re.sub(r"\\(.)", r"\1", saved.read_text(encoding="utf-8"))
    section_c = markdown.split("\n## c. ")[1].split("\n## d. ")[0]
    assert "Verhalen gekozen in de verhalenronde" in section_c
    assert NOTE in section_c
    assert REASON in section_c
