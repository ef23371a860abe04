"""HTML, Markdown, PDF and Word renderings of the report: content, escaping and structure."""

import datetime as dt
import io
import subprocess
import zlib
from pathlib import Path

import pytest
from docx import Document

from monitor.reports.data import build_report
from monitor.reports.docx import render_docx
from monitor.reports.html import render_html
from monitor.reports.markdown import render_markdown
from monitor.reports.pdf import render_pdf
from tests.conftest import run_sql

HEADINGS = [
    "a. Inzet en bereik per gemeente",
    "b. Activiteiten",
    "c. Geconstateerde meerwaarde per gemeente",
    "d. Trends en signalen",
    "e. Resultaten per deelopdracht",
    "Begrippen",
]
EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)> **vet** [link](http://evil.test)"


@pytest.fixture
def report(db_path):
    return build_report("2025-H2", prepared_by="Carla", today=dt.date(2026, 2, 1))


@pytest.fixture
def evil_report(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, municipality_code, level, body, visibility,"
        " created_by) values ('2025-08-01', 1, 'GM0983', 'ik', $body, 'citeerbaar', 't')",
        {"body": EVIL},
    )
    return build_report("2025-H2", prepared_by="<b>Carla</b>", today=dt.date(2026, 2, 1))


def test_html_is_self_contained_with_headings_dutch_numbers_and_inline_svg(report):
    html = render_html(report)
    for heading in HEADINGS:
        assert f">{heading}</h2>" in html
    assert '<td class="num">28,47%</td>' in html
    assert '<td class="num">&lt;5</td>' in html
    assert "<svg" in html  # charts inline, no external files
    assert "http://" not in html.replace("http://www.w3.org", "")
    assert "<link" not in html and "<script" not in html


def test_html_escapes_note_text_and_names(evil_report):
    html = render_html(evil_report)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Carla&lt;/b&gt;" in html


def test_markdown_has_tables_and_inert_user_text(evil_report):
    md = render_markdown(evil_report)
    for heading in HEADINGS:
        assert f"## {heading.replace('.', chr(92) + '.', 1)}" in md
    assert "| Venlo | 28,47% | &lt;5 | 2,5 | 31,2% | &lt;5 | × |" in md
    assert "<script>" not in md
    assert r"&lt;script&gt;" in md
    assert r"\*\*vet\*\*" in md
    assert r"\[link\]\(http://evil\.test\)" in md


def _png_has_ink(png: bytes) -> int:
    """Count non-white pixels of an 8-bit RGB PNG (pdftoppm output) with zlib only."""
    pos, chunks, width = 8, [], 0
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        kind = png[pos + 4 : pos + 8]
        data = png[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width = int.from_bytes(data[0:4], "big")
            assert data[8] == 8 and data[9] == 2  # 8-bit RGB
        elif kind == b"IDAT":
            chunks.append(data)
        pos += 12 + length
    raw = zlib.decompress(b"".join(chunks))
    stride = width * 3 + 1
    ink = 0
    prev = bytearray(width * 3)
    for row_start in range(0, len(raw), stride):
        ftype, line = raw[row_start], bytearray(raw[row_start + 1 : row_start + stride])
        for i in range(len(line)):
            a = line[i - 3] if i >= 3 else 0
            b = prev[i]
            c = prev[i - 3] if i >= 3 else 0
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
                line[i] = (line[i] + pred) & 0xFF
        ink += sum(1 for i in range(0, len(line), 3) if min(line[i : i + 3]) < 200)
        prev = line
    return ink


def test_pdf_page_one_is_not_blank_and_the_text_layer_holds_every_heading(report, tmp_path: Path):
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(render_pdf(report))
    subprocess.run(
        ["pdftoppm", "-f", "1", "-l", "1", "-r", "40", "-png", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    page1 = next(tmp_path.glob("p-*1.png")).read_bytes()
    assert _png_has_ink(page1) > 500
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    for heading in HEADINGS:
        assert heading in text
    assert "pagina 1 van" in text
    assert "Halfjaarrapportage tweede halfjaar 2025" in text
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "A4" in info


def test_docx_reopens_with_headings_and_tables(report):
    doc = Document(io.BytesIO(render_docx(report)))
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading")]
    for heading in HEADINGS:
        assert heading in headings
    assert doc.paragraphs[0].text == "Halfjaarrapportage tweede halfjaar 2025"
    first = doc.tables[0]
    assert [c.text for c in first.rows[0].cells][:3] == [
        "Gemeente",
        "Verdeelsleutel",
        "Activiteiten",
    ]
    venlo = next(r for r in first.rows if r.cells[0].text == "Venlo")
    assert [c.text for c in venlo.cells] == ["Venlo", "28,47%", "<5", "2,5", "31,2%", "<5", "×"]
    assert len(doc.inline_shapes) >= 1  # the charts as PNG
