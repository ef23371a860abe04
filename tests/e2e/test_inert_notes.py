"""A note with a script tag or a markdown image renders as plain text in a real browser."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import build_fixture_db, run_sql
from tests.e2e.conftest import Server, login

SCRIPT = "<script>window.__xss = 1</script>"
IMAGE = "![kijk](http://evil.test/x.png)"
HTML_IMG = '<img src="http://evil.test/y.png" onerror="window.__xss = 2">'


@pytest.fixture
def hostile_server(tmp_path: Path) -> Iterator[Server]:
    db = tmp_path / "e2e.duckdb"
    build_fixture_db(db)
    today = dt.date.today().isoformat()
    run_sql(
        db,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body, visibility, "
        "created_by) values ($d, 1, 'GM0983', 'ik', $b, 'citeerbaar', 'test')",
        {"d": today, "b": f"Begin {SCRIPT} midden {IMAGE} en {HTML_IMG} eind"},
    )
    srv = Server(db, tmp_path)
    yield srv
    srv.stop()


def test_script_and_image_in_a_note_stay_plain_text(page: Page, hostile_server: Server):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    login(page, hostile_server, "Carla (coördinator)")
    note = page.get_by_text("Begin <script>", exact=False)
    expect(note).to_be_visible(timeout=30_000)
    text = note.inner_text()
    assert SCRIPT in text
    assert IMAGE in text
    assert HTML_IMG in text
    main = page.get_by_test_id("stMain")
    assert main.locator("script").count() == 0
    assert main.locator("img[src*='evil.test']").count() == 0
    assert page.evaluate("window.__xss") is None
    assert not [u for u in requested if "evil.test" in u]
