"""Render a report in a format and issue it: every issued report is archived and audited."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from monitor import db
from monitor.access import AccessDenied, Role, Viewer
from monitor.reports.model import ReportData

FORMATS: dict[str, tuple[str, str]] = {
    "pdf": ("PDF", "application/pdf"),
    "docx": ("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "html": ("HTML", "text/html"),
    "md": ("Markdown", "text/markdown"),
}


@dataclass(frozen=True)
class IssuedReport:
    archive_id: int
    filename: str
    content: bytes
    sha256: str
    mime: str


def render(report: ReportData, fmt: str) -> bytes:
    """The report in one of ``FORMATS`` as bytes."""
    if fmt == "pdf":
        from monitor.reports.pdf import render_pdf

        return render_pdf(report)
    if fmt == "docx":
        from monitor.reports.docx import render_docx

        return render_docx(report)
    if fmt == "html":
        from monitor.reports.html import render_html

        return render_html(report).encode("utf-8")
    if fmt == "md":
        from monitor.reports.markdown import render_markdown

        return render_markdown(report).encode("utf-8")
    raise ValueError(f"Onbekend formaat '{fmt}'. Kies uit: {', '.join(FORMATS)}.")


def _archive(
    *,
    actor: str,
    period_code: str,
    municipality_code: str | None,
    fmt: str,
    filename: str,
    content: bytes,
) -> IssuedReport:
    """Store one issued report byte for byte, with its checksum, and audit the export."""
    digest = hashlib.sha256(content).hexdigest()
    with db.transaction(actor=actor) as tx:
        row = tx.one(
            "insert_report_archive",
            period=period_code,
            municipality_code=municipality_code,
            format=fmt,
            filename=filename,
            sha256=digest,
            content=content,
            created_by=actor,
        )
        if row is None:
            raise RuntimeError("report_archive insert returned no id")
        archive_id = int(row[0])
        tx.audit(
            "export",
            "report_archive",
            archive_id,
            None,
            {
                "period": period_code,
                "municipality_code": municipality_code,
                "format": fmt,
                "filename": filename,
                "sha256": digest,
                "bytes": len(content),
            },
        )
    return IssuedReport(archive_id, filename, content, digest, FORMATS[fmt][1])


ISSUERS = (Role.COORDINATOR, Role.CONTRACT_MANAGER, Role.ADVISORY_GROUP, Role.MUNICIPALITY)


def issue(viewer: Viewer, report: ReportData, fmt: str) -> IssuedReport:
    """Render ``report`` as ``fmt`` and archive it; a municipality only its own report."""
    viewer.require(*ISSUERS)
    if viewer.role is Role.MUNICIPALITY and report.municipality_code != viewer.municipality_code:
        raise AccessDenied("U kunt alleen de rapportage van uw eigen gemeente maken.")
    content = render(report, fmt)
    return _archive(
        actor=viewer.login,
        period_code=report.period_code,
        municipality_code=report.municipality_code,
        fmt=fmt,
        filename=f"{report.filename_stem}.{fmt}",
        content=content,
    )


def scope_for(viewer: Viewer) -> str | None:
    """A municipal delegate only ever gets (and sees archived) reports of their municipality."""
    return viewer.municipality_code if viewer.role is Role.MUNICIPALITY else None


def archived(viewer: Viewer) -> list[dict[str, Any]]:
    """Issued reports the viewer may download again, newest first."""
    return db.read("report_archive_list", municipality=scope_for(viewer)).to_dicts()


def fetch(viewer: Viewer, archive_id: int) -> IssuedReport | None:
    """One archived report exactly as issued, if the viewer may have it."""
    rows = db.read("report_archive_content", id=archive_id).to_dicts()
    if not rows:
        return None
    r = rows[0]
    scope = scope_for(viewer)
    if scope is not None and r["municipality_code"] != scope:
        return None
    content = bytes(r["content"])
    return IssuedReport(int(r["id"]), r["filename"], content, r["sha256"], FORMATS[r["format"]][1])
