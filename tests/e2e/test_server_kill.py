"""The Streamlit server is killed with SIGKILL while a user saves: committed rows survive."""

import re
import signal
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.conftest import build_fixture_db, run_sql
from tests.e2e.conftest import Server, login, wait_for_app

CODES = ["proef_een", "proef_twee", "proef_drie", "proef_vier", "proef_vijf"]


def add_theme(page: Page, code: str, wait: bool = True) -> None:
    form = (
        page.get_by_test_id("stForm")
        .filter(has=page.get_by_label("Code (kleine letters en _)"))
        .first
    )
    form.get_by_label("Code (kleine letters en _)").fill(code)
    form.get_by_label("Naam", exact=True).fill(code.replace("_", " ").capitalize())
    form.get_by_role("button", name="Toevoegen").click()
    if wait:
        expect(
            page.get_by_text(f"{code.replace('_', ' ').capitalize()} is toegevoegd.")
        ).to_be_visible(timeout=30_000)


def test_sigkill_of_the_server_keeps_every_saved_row(page: Page, tmp_path: Path):
    db = tmp_path / "e2e.duckdb"
    build_fixture_db(db)
    server = Server(db, tmp_path)
    try:
        login(page, server, "Maarten (contractmanager)")
        link = page.get_by_role("link", name="Beheer")
        if not link.is_visible():
            page.get_by_role("button", name=re.compile(r"View \d+ more")).click()
        link.click()
        wait_for_app(page)
        page.get_by_role("tab", name="Thema's en rollen").click()
        for code in CODES:
            add_theme(page, code)
        add_theme(page, "in_vlucht", wait=False)  # the kill may land in the middle of this one
        server.proc.send_signal(signal.SIGKILL)
        server.proc.wait(10)
    finally:
        server._log_file.close()

    # Restart: the database opens and every confirmed save is there, with its audit row.
    restarted = Server(db, tmp_path)
    try:
        page.goto(restarted.url)
        wait_for_app(page)
        expect(page.get_by_role("button", name="Maarten (contractmanager)")).to_be_visible()
    finally:
        restarted.stop()
    themes = {r[0] for r in run_sql(db, "select code from theme")}
    audited = {r[0] for r in run_sql(db, "select entity_id from audit_log where entity = 'theme'")}
    assert set(CODES) <= themes
    assert set(CODES) <= audited
    assert ("in_vlucht" in themes) == ("in_vlucht" in audited)  # all of it or nothing
