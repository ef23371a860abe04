from monitor import db


def test_vocabulary_codes_for_added_value_tags_and_themes(db_path):
    tags = db.read("vocabulary_codes", kind="added_value_tags")
    assert len(tags) == 20 and "laagdrempelig" in tags["code"].to_list()
    themes = db.read("vocabulary_codes", kind="themes")
    assert "stigma" in themes["code"].to_list() and "laagdrempelig" not in themes["code"].to_list()
    assert db.read("vocabulary_codes", kind="iets anders").is_empty()
