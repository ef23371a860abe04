from monitor import db


def test_insert_story_proposal_returns_its_id(db_path):
    with db.transaction("t") as tx:
        (rid,) = tx.one("insert_story_round", period="2025-H1", domain_kind="thema", opened_by="t")
        (pid,) = tx.one(
            "insert_story_proposal",
            round_id=rid,
            note_id=1,
            domain_code="eenzaamheid",
            peer_expert_id=1,
            motivation="",
        )
    detail = db.read("story_proposal_detail", proposal_id=pid).row(0, named=True)
    assert (detail["note_id"], detail["domain_code"], detail["selected"]) == (
        1,
        "eenzaamheid",
        False,
    )
