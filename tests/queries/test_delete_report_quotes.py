from monitor import db


def test_delete_report_quotes_clears_only_that_period(db_path):
    db.write("insert_report_quote", actor="t", period="2025-H2", note_id=6, selected_by="c")
    db.write("insert_report_quote", actor="t", period="2025-H1", note_id=1, selected_by="c")
    assert db.write("delete_report_quotes", actor="t", period="2025-H2") == [(6,)]
    assert db.write("delete_report_quotes", actor="t", period="2025-H2") == []
    assert db.write("delete_report_quotes", actor="t", period="2025-H1") == [(1,)]
