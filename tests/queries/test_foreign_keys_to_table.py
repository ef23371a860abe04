from monitor import db


def test_foreign_keys_to_table_lists_the_tables_pointing_at_a_table(db_path):
    refs = db.read("foreign_keys_to_table", table="activity").rows()
    assert ("activity_theme", "activity_id") in refs
    note_refs = set(db.read("foreign_keys_to_table", table="note").rows())
    assert {
        ("note_theme", "note_id"),
        ("note_added_value", "note_id"),
        ("note_source", "collective_note_id"),
        ("note_source", "source_note_id"),
        ("signal_note", "note_id"),
        ("monitoring_moment_note", "note_id"),
        ("report_quote", "note_id"),
    } <= note_refs
