from monitor import db


def test_insert_story_selection_marks_the_proposal_selected(db_path):
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
        tx.execute("insert_story_selection", proposal_id=pid, reason="Omdat", decided_by="Ellen")
    assert db.read("story_proposal_detail", proposal_id=pid)["selected"].to_list() == [True]
