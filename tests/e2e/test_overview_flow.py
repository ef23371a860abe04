from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server, login, wait_for_app


def test_a_municipal_delegate_logs_in_and_sees_real_figures(page: Page, server: Server):
    login(page, server, "Gemeente Venlo (Venlo)")
    expect(page.get_by_role("heading", name="Overzicht")).to_be_visible()
    page.get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="Eerste halfjaar 2025").click()
    wait_for_app(page)
    values = page.get_by_test_id("stMetricValue")
    expect(values.nth(0)).to_have_text("5")
    expect(values.nth(1)).to_have_text("11,5")
    expect(values.nth(2)).to_have_text("38")
