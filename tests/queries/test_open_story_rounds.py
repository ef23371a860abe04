from monitor import db
from tests.conftest import run_sql


def test_open_story_rounds_excludes_finished_ones_newest_first(db_path):
    run_sql(
        db_path,
        "insert into story_round (period, domain_kind, status, opened_by) values "
        "('2024-H2', 'thema', 'afgerond', 't'), ('2025-H1', 'thema', 'selecteren', 't'), "
        "('2025-H2', 'meerwaarde', 'voorstellen', 't')",
    )
    assert db.read("open_story_rounds").select("period", "status").rows() == [
        ("2025-H2", "voorstellen"),
        ("2025-H1", "selecteren"),
    ]
