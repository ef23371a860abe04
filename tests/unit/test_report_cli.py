"""``python -m monitor report`` in each format, as a separate process on a fixture copy."""

import io
import subprocess
import sys

import pytest
from docx import Document

from tests.conftest import ROOT, run_sql


def _run(db_path, tmp_path, fmt, *extra):
    out = tmp_path / f"rapport.{fmt}"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "monitor",
            "report",
            "--period",
            "2025-H2",
            "--format",
            fmt,
            "--out",
            str(out),
            "--db",
            str(db_path),
            *extra,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    return out, result


@pytest.mark.parametrize("fmt", ["md", "html", "docx", "pdf"])
def test_cli_writes_and_archives_the_report_in_each_format(db_path, tmp_path, fmt):
    out, result = _run(db_path, tmp_path, fmt)
    data = out.read_bytes()
    assert "gearchiveerd als nummer 1" in result.stdout
    if fmt == "md":
        assert data.startswith(b"# Halfjaarrapportage tweede halfjaar 2025")
    elif fmt == "html":
        assert b"<h2>a. Inzet en bereik per gemeente</h2>" in data
    elif fmt == "docx":
        doc = Document(io.BytesIO(data))
        assert "e. Resultaten per deelopdracht" in [p.text for p in doc.paragraphs]
    else:
        assert data.startswith(b"%PDF-")
    archived = run_sql(db_path, "select format, content, created_by from report_archive")
    assert len(archived) == 1
    assert archived[0][0] == fmt and bytes(archived[0][1]) == data
    assert str(archived[0][2]).startswith("cli:")  # the command line acts as the coördinator


def test_cli_makes_a_municipal_report_by_name(db_path, tmp_path):
    out, _ = _run(db_path, tmp_path, "md", "--municipality", "beesel")
    assert out.read_text().startswith("# Halfjaarrapportage tweede halfjaar 2025, gemeente Beesel")


def test_cli_refuses_an_unknown_municipality_without_archiving(db_path, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "monitor",
            "report",
            "--period",
            "2025-H2",
            "--format",
            "md",
            "--out",
            str(tmp_path / "x.md"),
            "--db",
            str(db_path),
            "--municipality",
            "Atlantis",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "Onbekende gemeente 'Atlantis'" in result.stderr
    assert run_sql(db_path, "select count(*) from report_archive") == [(0,)]
