import datetime as dt
import hashlib

import pytest

from monitor.access import AccessDenied, Role, Viewer
from monitor.reports import issue
from monitor.reports.data import build_report
from tests.conftest import run_sql

COORDINATOR = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
VENLO = Viewer(
    6, "venlo@gemeente.test", "Gemeente Venlo", Role.MUNICIPALITY, municipality_code="GM0983"
)


def test_an_issued_report_downloads_again_byte_identical_and_is_audited(db_path):
    data = build_report("2025-H2", prepared_by="Carla", today=dt.date(2026, 2, 1))
    for fmt in ("html", "md", "docx"):
        done = issue.issue(COORDINATOR, data, fmt)
        again = issue.fetch(COORDINATOR, done.archive_id)
        assert again is not None
        assert again.content == done.content
        assert hashlib.sha256(again.content).hexdigest() == again.sha256 == done.sha256
        assert again.filename == f"halfjaarrapportage-2025-H2.{fmt}"
    audit = run_sql(
        db_path,
        "select actor, action, entity, json_extract_string(after_json, '$.format') from audit_log "
        "where entity = 'report_archive' order by id",
    )
    assert audit == [
        ("coordinator@pool.test", "export", "report_archive", "html"),
        ("coordinator@pool.test", "export", "report_archive", "md"),
        ("coordinator@pool.test", "export", "report_archive", "docx"),
    ]


def test_a_municipality_sees_and_fetches_only_its_own_archived_reports(db_path):
    regional = issue.issue(COORDINATOR, build_report("2025-H2", prepared_by="x"), "md")
    own = issue.issue(
        VENLO, build_report("2025-H2", municipality_code="GM0983", prepared_by="x"), "md"
    )
    assert [r["id"] for r in issue.archived(VENLO)] == [own.archive_id]
    assert issue.fetch(VENLO, regional.archive_id) is None
    assert issue.fetch(VENLO, own.archive_id) is not None
    assert {r["id"] for r in issue.archived(COORDINATOR)} == {regional.archive_id, own.archive_id}


def test_a_municipality_cannot_issue_the_regional_report_and_nothing_is_archived(db_path):
    with pytest.raises(AccessDenied):
        issue.issue(VENLO, build_report("2025-H2", prepared_by="x"), "md")
    assert issue.archived(COORDINATOR) == []
