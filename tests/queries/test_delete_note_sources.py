from monitor import db
from tests.conftest import run_sql


def test_delete_note_sources_removes_the_links_of_one_note_and_returns_them(db_path):
    run_sql(
        db_path,
        "insert into report_quote (period, note_id, selected_by) values ('2025-H1', 3, 'seed'); "
        "insert into monitoring_moment_note values (1, 4)",
    )
    with db.transaction("tester") as tx:
        removed = sorted(tx.execute("delete_note_sources", note_id=4))
        again = tx.execute("delete_note_sources", note_id=4)
    assert removed == [(5, 4)]
    assert again == []
