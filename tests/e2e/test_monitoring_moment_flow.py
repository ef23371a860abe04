import datetime as dt

from playwright.sync_api import Page, expect

from monitor import formatting
from tests.e2e.conftest import Server, login, wait_for_app


def choose(page: Page, label: str, option: str) -> None:
    page.get_by_test_id("stSelectbox").filter(has_text=label).first.click()
    page.get_by_role("option", name=option, exact=True).click()
    wait_for_app(page)


def test_coordinator_records_a_reflection_for_a_due_moment(page: Page, server: Server):
    login(page, server, "Carla (coördinator)")
    page.get_by_test_id("stSidebarNavItems").get_by_role("link", name="Deelopdrachten").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Deelopdrachten")).to_be_visible()
    choose(page, "Deelopdracht", "Inloop Venlo-Oost")
    expect(page.get_by_role("heading", name="Monitoringsmomenten")).to_be_visible()

    form = page.get_by_test_id("stForm").filter(has_text="Reflectie vastleggen")
    form.get_by_test_id("stSelectbox").click()
    page.keyboard.type("september 2025")  # the list is virtualised: filter it
    page.get_by_role("option", name="1 september 2025 (nog te bespreken)").click()
    form.get_by_role("textbox", name="Reflectie op de eigen doelen").fill(
        "Vaste bezoekers nemen buren mee; de avondinloop blijft een wens."
    )
    form.get_by_role("textbox", name="Besproken cijfers").fill("8 bezoekers in juli")
    form.get_by_role("button", name="Reflectie opslaan").click()
    wait_for_app(page)

    expect(page.get_by_text("De reflectie is opgeslagen.")).to_be_visible()
    expect(
        page.get_by_text("Vaste bezoekers nemen buren mee; de avondinloop blijft een wens.").first
    ).to_be_visible()
    held = formatting.date(dt.date.today())
    expect(page.get_by_text(f"Moment 1 september 2025 · gehouden op {held}")).to_be_visible()
    # The moment is no longer open, so the form no longer offers it.
    form.get_by_test_id("stSelectbox").click()
    page.keyboard.type("september 2025")
    expect(page.get_by_role("option", name="1 september 2025 (nog te bespreken)")).to_have_count(0)
