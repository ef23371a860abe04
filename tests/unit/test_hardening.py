"""Production settings in .streamlit/config.toml, and no secrets in the repository."""

import subprocess
import tomllib

from tests.conftest import ROOT

CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


def test_the_browser_gets_no_developer_tools_and_no_error_details():
    assert CONFIG["client"]["toolbarMode"] == "viewer"
    assert CONFIG["client"]["showErrorDetails"] == "none"


def test_xsrf_protection_and_allowed_hosts_are_set():
    server = CONFIG["server"]
    assert server["enableXsrfProtection"] is True
    assert {"localhost", "127.0.0.1"} <= set(server["allowedHosts"])
    assert "*" not in server["allowedHosts"]
    assert server["headless"] is True
    assert server["fileWatcherType"] == "none"
    assert CONFIG["browser"]["gatherUsageStats"] is False


def test_the_theme_is_calm_and_neutral():
    theme = CONFIG["theme"]
    assert theme["base"] == "light"
    for key in ("primaryColor", "backgroundColor", "secondaryBackgroundColor", "textColor"):
        r, g, b = (int(theme[key][i : i + 2], 16) for i in (1, 3, 5))
        assert max(r, g, b) - min(r, g, b) < 80, key  # no saturated (red/green) accents


def test_secrets_are_ignored_by_git_and_an_example_is_shipped():
    ignored = subprocess.run(
        ["git", "check-ignore", ".streamlit/secrets.toml"], cwd=ROOT, capture_output=True
    )
    assert ignored.returncode == 0
    example = tomllib.loads((ROOT / ".streamlit" / "secrets.example.toml").read_text())
    assert {
        "redirect_uri",
        "cookie_secret",
        "client_id",
        "client_secret",
        "server_metadata_url",
    } <= set(example["auth"])
