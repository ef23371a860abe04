"""The organisation's login, for real: Streamlit's st.login against an offline OIDC provider."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import ROOT, build_fixture_db, run_sql
from tests.e2e.conftest import _free_port, _wait_healthy, wait_for_app


class OidcServer:
    """The app on a database that is not a demo database, logging in through the mock IdP."""

    def __init__(self, workdir: Path) -> None:
        self.db = workdir / "prod.duckdb"
        build_fixture_db(self.db)
        run_sql(self.db, "delete from app_setting where key = 'demo'")
        self.idp_port = _free_port()
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        secrets_file = workdir / "secrets.toml"
        secrets_file.write_text(
            "[auth]\n"
            f'redirect_uri = "{self.url}/oauth2callback"\n'
            f'cookie_secret = "{secrets.token_hex(32)}"\n'
            'client_id = "ervaringsmonitor"\n'
            'client_secret = "geheim"\n'
            f'server_metadata_url = "http://127.0.0.1:{self.idp_port}/.well-known/openid-configuration"\n'
        )
        self.log = workdir / "servers.log"
        self._log = self.log.open("wb")
        self.idp = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--port", str(self.idp_port)],
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self.app = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                str(ROOT / "app.py"),
                f"--server.port={self.port}",
                "--server.address=127.0.0.1",
                f"--secrets.files={secrets_file}",
            ],
            env={**os.environ, "MONITOR_DB": str(self.db)},
            cwd=ROOT,  # .streamlit/config.toml: the production settings
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        self._wait_idp()
        _wait_healthy(f"{self.url}/_stcore/health", self.app, self.log)

    def _wait_idp(self) -> None:
        deadline = time.monotonic() + 30
        url = f"http://127.0.0.1:{self.idp_port}/.well-known/openid-configuration"
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(self.log.read_text())

    def stop(self) -> None:
        for proc in (self.app, self.idp):
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._log.close()


@pytest.fixture
def oidc(tmp_path: Path) -> Iterator[OidcServer]:
    srv = OidcServer(tmp_path)
    yield srv
    srv.stop()


def sign_in(page: Page, oidc: OidcServer, subject: str) -> None:
    page.goto(oidc.url)
    wait_for_app(page)
    expect(page.get_by_text("Demo-omgeving")).to_have_count(0)
    page.get_by_role("button", name="Inloggen").click()
    page.locator("input[name='sub']").fill(subject)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{oidc.url}/**")
    wait_for_app(page)


def test_a_known_user_logs_in_through_the_identity_provider_and_gets_their_role(
    page: Page, oidc: OidcServer
):
    sign_in(page, oidc, "contractmanager@mgr.test")
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("Contractmanager MGR")).to_be_visible()
    page.goto(f"{oidc.url}/beheer")
    wait_for_app(page)
    expect(page.get_by_role("heading", name="Beheer")).to_be_visible(timeout=30_000)
    # Logging out clears the login cookie (and ends the IdP session where it supports that).
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url(f"http://127.0.0.1:{oidc.idp_port}/oauth2/end_session**")
    page.goto(oidc.url)
    wait_for_app(page)
    expect(page.get_by_role("button", name="Inloggen")).to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Uitloggen")).to_have_count(0)


def test_an_unknown_user_gets_a_dutch_message_and_no_data(page: Page, oidc: OidcServer):
    sign_in(page, oidc, "onbekend@elders.test")
    expect(page.get_by_text("geen toegang tot de Ervaringsmonitor")).to_be_visible(timeout=30_000)
    expect(page.get_by_test_id("stMetricValue")).to_have_count(0)
    page.goto(f"{oidc.url}/overzicht")
    wait_for_app(page)
    expect(page.get_by_test_id("stMetricValue")).to_have_count(0)
    expect(page.get_by_role("button", name="Uitloggen")).to_be_visible()
