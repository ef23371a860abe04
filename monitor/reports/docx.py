"""Word (DOCX) of a report, for the contractor to edit: headings, tables and PNG charts."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from monitor.reports import images
from monitor.reports.model import (
    Block,
    Chart,
    Items,
    Paragraph,
    Quote,
    ReportData,
    Subheading,
    Table,
    rich_segments,
)

MUTED = RGBColor(0x52, 0x60, 0x6D)


def _field(paragraph: object, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) so page numbers are filled in by Word."""
    run = paragraph.add_run()  # type: ignore[attr-defined]
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), code)
    run._r.append(fld)


def _footer(doc: object, title: str) -> None:
    footer = doc.sections[0].footer  # type: ignore[attr-defined]
    p = footer.paragraphs[0]
    p.text = f"{title}  ·  pagina "
    _field(p, "PAGE")
    p.add_run(" van ")
    _field(p, "NUMPAGES")
    for run in p.runs:
        run.font.size = Pt(8)


def _table(doc: object, block: Table) -> None:
    table = doc.add_table(rows=1, cols=len(block.columns))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    for i, col in enumerate(block.columns):
        cell = table.rows[0].cells[i]
        cell.text = col
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for n, row in enumerate(block.rows):
        cells = table.add_row().cells
        total = block.has_total and n == len(block.rows) - 1
        for i, value in enumerate(row):
            cells[i].text = value
            para = cells[i].paragraphs[0]
            if i in block.numeric:
                para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            for run in para.runs:
                run.font.size = Pt(8 if block.wide else 9)
                run.bold = total
    if block.caption:
        p = doc.add_paragraph()  # type: ignore[attr-defined]
        run = p.add_run(block.caption)
        run.italic = True
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED


def _block(doc: object, block: Block) -> None:
    d = doc  # python-docx is untyped
    if isinstance(block, Subheading):
        d.add_heading(block.text, level=3)  # type: ignore[attr-defined]
    elif isinstance(block, Paragraph):
        p = d.add_paragraph()  # type: ignore[attr-defined]
        segments = rich_segments(block.text) if block.rich else [(block.text, False)]
        for text, bold in segments:
            run = p.add_run(text)
            run.bold = bold
            if block.muted:
                run.italic = True
                run.font.color.rgb = MUTED
    elif isinstance(block, Table):
        _table(d, block)
    elif isinstance(block, Chart):
        data = images.png(block.figure, block.width, block.height)
        if data is not None:
            d.add_picture(io.BytesIO(data), width=Cm(16))  # type: ignore[attr-defined]
        cap = d.add_paragraph()  # type: ignore[attr-defined]
        run = cap.add_run(f"{block.title}. {block.description}")
        run.italic = True
        run.font.size = Pt(8)
        if data is None:
            cap.add_run(" (Grafiek niet beschikbaar; de cijfers staan in de tabel.)")
    elif isinstance(block, Quote):
        p = d.add_paragraph(style="Quote")  # type: ignore[attr-defined]
        p.add_run(f"“{block.text}”")
        src = d.add_paragraph()  # type: ignore[attr-defined]
        tags = f" · meerwaarde: {', '.join(block.tags)}" if block.tags else ""
        run = src.add_run(f"{block.source}{tags}")
        run.font.size = Pt(8)
        run.font.color.rgb = MUTED
    elif isinstance(block, Items):
        for label, text in block.items:
            p = d.add_paragraph(style="List Bullet")  # type: ignore[attr-defined]
            p.add_run(f"{label}: ").bold = True
            p.add_run(text)


def render_docx(report: ReportData) -> bytes:
    doc = Document()
    core = doc.core_properties
    core.title = report.title
    core.subject = report.subtitle
    core.language = "nl-NL"
    core.author = "Ervaringsmonitor"
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10)
    _footer(doc, report.title)

    doc.add_heading(report.title, level=0)
    doc.add_paragraph(report.subtitle)
    for label, value in report.front:
        p = doc.add_paragraph()
        p.add_run(f"{label}: ").bold = True
        p.add_run(value)
    for sec in [*report.sections, report.definitions]:
        doc.add_page_break()  # type: ignore[no-untyped-call]
        doc.add_heading(sec.heading, level=1)
        intro = doc.add_paragraph()
        run = intro.add_run(sec.intro)
        run.italic = True
        run.font.color.rgb = MUTED
        for block in sec.blocks:
            _block(doc, block)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
