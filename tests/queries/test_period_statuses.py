from monitor import db
from tests.conftest import run_sql


def test_period_statuses_lists_recorded_half_years(db_path):
    assert db.read("period_statuses").is_empty()
    run_sql(
        db_path,
        "insert into period_status (period, status, decided_by) values "
        "('2025-H1', 'definitief', 'Maarten'), ('2024-H2', 'definitief', 'Maarten')",
    )
    assert db.read("period_statuses").select("period", "status").rows() == [
        ("2024-H2", "definitief"),
        ("2025-H1", "definitief"),
    ]
