from monitor import db


def test_insert_note_question_returns_its_id(db_path):
    with db.transaction("t") as tx:
        (qid,) = tx.one("insert_note_question", note_id=1, question="Mag dit?", asked_by="Carla")
    assert db.read("note_questions_for_author", peer_expert_id=1)["id"].to_list() == [qid]
