from monitor import db
from tests.conftest import run_sql


def test_insert_report_quote_selects_a_note_for_a_period(db_path):
    db.write("insert_report_quote", actor="t", period="2025-H2", note_id=6, selected_by="carla")
    assert run_sql(db_path, "select period, note_id, selected_by from report_quote") == [
        ("2025-H2", 6, "carla")
    ]
