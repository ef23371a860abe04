from monitor import db


def test_insert_story_round_returns_the_new_id_with_status_voorstellen(db_path):
    with db.transaction("t") as tx:
        rid = tx.one("insert_story_round", period="2025-H2", domain_kind="thema", opened_by="t")
    row = db.read("story_round_detail", period="2025-H2", round_id=None).row(0, named=True)
    assert rid == (row["id"],)
    assert row["status"] == "voorstellen"
