"""PDF of a report: WeasyPrint over the report HTML with the A4 print stylesheet."""

from __future__ import annotations

import logging

from monitor.reports.html import render_html
from monitor.reports.model import ReportData

# WeasyPrint and fontTools log every font subset at INFO/WARNING; the report is fine without it.
for _name in ("weasyprint", "fontTools"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def render_pdf(report: ReportData) -> bytes:
    """A4, Dutch, 'pagina X van Y' footers, charts as vector SVG."""
    import weasyprint

    html = render_html(report, for_print=True)
    document = weasyprint.HTML(string=html, base_url=".").render()
    data = document.write_pdf()
    if not isinstance(data, bytes):
        raise TypeError("WeasyPrint returned no bytes")
    return data


def page_count(report: ReportData) -> int:
    import weasyprint

    return len(weasyprint.HTML(string=render_html(report, for_print=True)).render().pages)
