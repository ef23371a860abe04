"""The report as plain data: sections of blocks that every renderer (HTML, PDF, DOCX, MD) walks.

Every figure in these blocks is already formatted in Dutch and suppressed: renderers only lay
out text, never compute or format numbers themselves.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import plotly.graph_objects as go


@dataclass(frozen=True)
class Paragraph:
    text: str
    # Trusted text (our own wording) may use **bold**; user text never does.
    rich: bool = False
    muted: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Table:
    columns: list[str]
    rows: list[list[str]]
    caption: str = ""
    # Indexes of columns that hold figures (right-aligned).
    numeric: frozenset[int] = frozenset()
    # The last row is a total row.
    has_total: bool = False
    # Many columns: printed on a landscape page.
    wide: bool = False


@dataclass(frozen=True)
class Chart:
    title: str
    figure: go.Figure
    # What the chart shows, for readers who cannot see it and when it cannot be drawn.
    description: str
    width: int = 760
    height: int = 420


@dataclass(frozen=True)
class Quote:
    note_id: int
    text: str
    source: str
    tags: list[str]


@dataclass(frozen=True)
class Items:
    """Label and text pairs (a definition list), e.g. goals and method of a sub-assignment."""

    items: list[tuple[str, str]]


Block = Paragraph | Subheading | Table | Chart | Quote | Items


@dataclass(frozen=True)
class Section:
    key: str  # 'a' .. 'e', or 'definities'
    title: str
    intro: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def heading(self) -> str:
        return f"{self.key}. {self.title}" if len(self.key) == 1 else self.title


@dataclass(frozen=True)
class ReportData:
    """One half-year report (for the region or one municipality), ready to render."""

    period_code: str
    period_label: str
    period_start: dt.date
    period_end: dt.date  # exclusive
    municipality_code: str | None
    municipality_name: str | None
    title: str
    subtitle: str
    front: list[tuple[str, str]]
    sections: list[Section]
    definitions: Section
    generated_on: dt.date

    @property
    def filename_stem(self) -> str:
        stem = f"halfjaarrapportage-{self.period_code}"
        if self.municipality_name:
            slug = "".join(c if c.isalnum() else "-" for c in self.municipality_name.lower())
            stem += "-" + "-".join(p for p in slug.split("-") if p)
        return stem

    def all_text(self) -> str:
        """Every text of the report in reading order (for tests and search)."""
        parts = [self.title, self.subtitle, *(f"{k}: {v}" for k, v in self.front)]
        for section in [*self.sections, self.definitions]:
            parts += [section.heading, section.intro]
            for block in section.blocks:
                parts.append(block_text(block))
        return "\n".join(parts)


def block_text(block: Block) -> str:
    if isinstance(block, Paragraph | Subheading):
        return block.text
    if isinstance(block, Table):
        lines = [" | ".join(block.columns), *(" | ".join(r) for r in block.rows), block.caption]
        return "\n".join(lines)
    if isinstance(block, Chart):
        return f"{block.title}\n{block.description}"
    if isinstance(block, Quote):
        return f"{block.text}\n{block.source}\n{', '.join(block.tags)}"
    return "\n".join(f"{k}: {v}" for k, v in block.items)


def rich_segments(text: str) -> list[tuple[str, bool]]:
    """Split trusted text with **bold** markers into (text, bold) segments."""
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]
