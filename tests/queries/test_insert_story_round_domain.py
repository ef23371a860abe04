from monitor import db


def test_insert_story_round_domain_adds_labelled_domains(db_path):
    with db.transaction("t") as tx:
        (rid,) = tx.one("insert_story_round", period="2025-H2", domain_kind="thema", opened_by="t")
        tx.execute("insert_story_round_domain", round_id=rid, domain_code="stigma")
    row = db.read("story_round_detail", period="2025-H2", round_id=None).row(0, named=True)
    assert row["domain_labels"] == ["Stigma en schaamte"]
