"""Self-contained HTML of a report: Jinja2 with autoescape, CSS inline, charts as inline SVG."""

from __future__ import annotations

import re
from functools import cache

import jinja2
from markupsafe import Markup, escape

from monitor.reports import images
from monitor.reports.model import (
    Chart,
    Items,
    Paragraph,
    Quote,
    ReportData,
    Subheading,
    Table,
    rich_segments,
)

# Kaleido's SVG is our own markup (labels are escaped by Plotly), but strip anything active.
_SCRIPT = re.compile(r"<script\b.*?</script>", re.I | re.S)
_ON_ATTR = re.compile(r"\son[a-z]+\s*=\s*\"[^\"]*\"", re.I)


@cache
def _env() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("monitor.reports", "templates"),
        autoescape=jinja2.select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["rich"] = _rich
    env.filters["id_of"] = id
    env.filters["css_string"] = _css_string
    env.tests["paragraph"] = lambda b: isinstance(b, Paragraph)
    env.tests["subheading"] = lambda b: isinstance(b, Subheading)
    env.tests["table"] = lambda b: isinstance(b, Table)
    env.tests["chart"] = lambda b: isinstance(b, Chart)
    env.tests["quote"] = lambda b: isinstance(b, Quote)
    env.tests["items"] = lambda b: isinstance(b, Items)
    return env


def _rich(text: str) -> Markup:
    """Trusted text with **bold**: escaped first, then bold added."""
    out = Markup("")
    for part, bold in rich_segments(text):
        out += Markup("<strong>%s</strong>") % part if bold else escape(part)
    return out


def _css_string(text: str) -> Markup:
    """Text safe inside a quoted CSS string in a <style> element (no quotes, escapes or tags)."""
    return Markup("".join(c for c in text if c not in '"\\<>\n'))  # noqa: S704


def chart_svg(chart: Chart) -> Markup | None:
    data = images.svg(chart.figure, chart.width, chart.height)
    if data is None:
        return None
    data = _ON_ATTR.sub("", _SCRIPT.sub("", data))
    return Markup(data)  # noqa: S704 (sanitised SVG produced by kaleido from our own figure)


def render_html(report: ReportData, *, for_print: bool = False) -> str:
    """The report as one HTML document; ``for_print`` adds the A4 page rules for WeasyPrint."""
    charts: dict[int, Markup | None] = {}
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Chart):
                charts[id(block)] = chart_svg(block)
    return (
        _env()
        .get_template("report.html.j2")
        .render(report=report, charts=charts, for_print=for_print)
    )
