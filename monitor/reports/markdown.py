"""Markdown of a report: headings, tables and quotes; user text made inert."""

from __future__ import annotations

import re

from monitor.reports.model import (
    Block,
    Chart,
    Items,
    Paragraph,
    Quote,
    ReportData,
    Subheading,
    Table,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


def escape(text: str) -> str:
    """Inert in Markdown: no formatting, links or HTML; one line (for table cells and lists)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _rich(text: str) -> str:
    parts = text.split("**")
    return "".join(f"**{escape(p)}**" if i % 2 else escape(p) for i, p in enumerate(parts) if p)


def _block(block: Block) -> list[str]:
    if isinstance(block, Subheading):
        return [f"### {escape(block.text)}", ""]
    if isinstance(block, Paragraph):
        text = _rich(block.text) if block.rich else escape(block.text)
        return [f"*{text}*" if block.muted else text, ""]
    if isinstance(block, Table):
        lines = ["| " + " | ".join(escape(c) for c in block.columns) + " |"]
        lines.append(
            "| "
            + " | ".join("---:" if i in block.numeric else "---" for i in range(len(block.columns)))
            + " |"
        )
        for n, row in enumerate(block.rows):
            cells = [escape(c) for c in row]
            if block.has_total and n == len(block.rows) - 1:
                cells = [f"**{c}**" if c else c for c in cells]
            lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
        if block.caption:
            lines += [f"*{escape(block.caption)}*", ""]
        return lines
    if isinstance(block, Chart):
        return [
            f"*Grafiek: {escape(block.title)}. {escape(block.description)} De grafiek staat in "
            "de PDF- en HTML-versie; de cijfers staan in de tabel.*",
            "",
        ]
    if isinstance(block, Quote):
        tags = f" · meerwaarde: {escape(', '.join(block.tags))}" if block.tags else ""
        return [f"> “{escape(block.text)}”", ">", f"> — {escape(block.source)}{tags}", ""]
    if isinstance(block, Items):
        return [*(f"- **{escape(k)}**: {escape(v)}" for k, v in block.items), ""]
    raise TypeError(type(block).__name__)


def render_markdown(report: ReportData) -> str:
    lines = [f"# {escape(report.title)}", "", f"*{escape(report.subtitle)}*", ""]
    lines += [f"- **{escape(k)}**: {escape(v)}" for k, v in report.front]
    lines.append("")
    for section in [*report.sections, report.definitions]:
        lines += [f"## {escape(section.heading)}", "", f"*{escape(section.intro)}*", ""]
        for block in section.blocks:
            lines += _block(block)
    return "\n".join(lines).rstrip() + "\n"
