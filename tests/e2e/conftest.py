"""Real-browser tests: a Streamlit server on a free port and Debian's headless Chromium."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT, build_fixture_db

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

# Every step waits on the app, never on a fixed sleep; on a loaded 2-core CI machine a script
# run can take longer than Playwright's default 5 s.
expect.set_options(timeout=30_000)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)
            # A real browser against a real server on a loaded 2-core machine: a step can miss
            # its moment. One retry; a test that fails twice is a real failure.
            item.add_marker(pytest.mark.flaky(reruns=1, reruns_delay=2))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit stopped:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:  # noqa: S310 (localhost)
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"streamlit did not become healthy:\n{log.read_text()}")


class Server:
    """A running ``streamlit run app.py`` against its own database file."""

    def __init__(self, db: Path, workdir: Path) -> None:
        self.db = db
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = workdir / f"streamlit-{self.port}.log"
        env = {**os.environ, "MONITOR_DB": str(db)}
        self._log_file = self.log.open("wb")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                "--server.headless=true",
                f"--server.port={self.port}",
                "--server.address=127.0.0.1",
                "--browser.gatherUsageStats=false",
                "--server.fileWatcherType=none",
            ],
            env=env,
            cwd=ROOT,
            stdout=self._log_file,
            stderr=subprocess.STDOUT,
        )
        _wait_healthy(f"{self.url}/_stcore/health", self.proc, self.log)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log_file.close()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """A fresh server on a fresh copy of the fixture database, per test."""
    db = tmp_path / "e2e.duckdb"
    build_fixture_db(db)
    srv = Server(db, tmp_path)
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_context_args,
        "locale": "nl-NL",
        "timezone_id": "Europe/Amsterdam",
        "viewport": {"width": 1400, "height": 1000},
    }


def wait_for_app(page: Page) -> None:
    """Wait until the script run has finished (not for time to pass)."""
    expect(
        page.locator("[data-testid='stApp'][data-test-script-state='notRunning']")
    ).to_be_attached(timeout=30_000)


def login(page: Page, server: Server, button_name: str) -> None:
    """Open the app and log in as a demo user by the label of their button."""
    page.goto(server.url)
    wait_for_app(page)
    page.get_by_role("button", name=button_name).click()
    wait_for_app(page)
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
