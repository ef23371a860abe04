from playwright.sync_api import Page, expect

from tests.e2e.conftest import Server, login, wait_for_app


def test_contract_manager_reads_venlos_key_share(page: Page, server: Server):
    login(page, server, "Maarten (contractmanager)")
    page.get_by_role("link", name="Gemeente en verdeelsleutel").click()
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Gemeente en verdeelsleutel")).to_be_visible()
    venlo = page.get_by_test_id("stTable").first.get_by_role("row").filter(has_text="Venlo")
    expect(venlo.get_by_role("cell").nth(1)).to_have_text("28,47%")
    # The agreed deviation stands as text beside the figures, with its reason.
    expect(page.get_by_text("Reden: Reële vraag uit de startbijeenkomst")).to_be_visible()
    expect(page).to_have_url(f"{server.url}/verdeelsleutel")


def test_a_chosen_view_is_kept_in_the_url(page: Page, server: Server):
    login(page, server, "Maarten (contractmanager)")
    page.get_by_role("link", name="Gemeente en verdeelsleutel").click()
    wait_for_app(page)
    page.get_by_test_id("stSelectbox").nth(1).click()
    page.get_by_role("option", name="Bereikte inwoners").click()
    wait_for_app(page)
    expect(page).to_have_url(f"{server.url}/verdeelsleutel?key.measure=Bereikte+inwoners")
    venlo = page.get_by_test_id("stTable").first.get_by_role("row").filter(has_text="Venlo")
    expect(venlo.get_by_role("cell").nth(1)).to_have_text("28,47%")
