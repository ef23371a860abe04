import datetime as dt

from monitor import db
from tests.conftest import run_sql

YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}


def test_only_quotable_notes_are_candidates_most_tagged_first(db_path):
    df = db.read("report_quote_candidates", period="2025-H2", municipality=None, **YEAR)
    assert df.select("note_id", "municipality_name", "tag_count", "selected").rows() == [
        (5, "Beesel", 2, False),
        (1, "Venlo", 2, False),
        (6, "Regio", 1, False),
    ]
    assert df.item(0, "tags").to_list() == ["Laagdrempelig", "Normalisering"]


def test_candidates_for_a_municipality_follow_the_note_visible_rule_and_show_selection(db_path):
    run_sql(
        db_path,
        "insert into report_quote (period, note_id, selected_by) values ('2025-H2', 6, 'c')",
    )
    df = db.read("report_quote_candidates", period="2025-H2", municipality="GM0889", **YEAR)
    assert df.select("note_id", "selected").rows() == [(5, False), (6, True)]
