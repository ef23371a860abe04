from monitor import db, stories
from tests.conftest import run_sql


def test_note_ids_gone_from_index_finds_deleted_notes(db_path):
    stories.sync_note_index()
    assert db.read("note_ids_gone_from_index").is_empty()
    run_sql(
        db_path,
        "delete from note_theme where note_id = 6; delete from note_added_value where note_id = 6;"
        " delete from note where id = 6",
    )
    assert db.read("note_ids_gone_from_index").get_column("note_id").to_list() == [6]
