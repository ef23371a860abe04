from monitor import db


def test_answer_note_question_only_by_the_author_and_only_once(db_path):
    with db.transaction("t") as tx:
        (qid,) = tx.one("insert_note_question", note_id=1, question="Mag dit?", asked_by="Carla")
        assert tx.execute("answer_note_question", id=qid, answer="Nee", peer_expert_id=2) == []
        assert tx.execute("answer_note_question", id=qid, answer="Ja", peer_expert_id=1) == [
            (qid, 1)
        ]
        assert (
            tx.execute("answer_note_question", id=qid, answer="Toch niet", peer_expert_id=1) == []
        )
    assert db.read("note_questions_for_author", peer_expert_id=1)["answer"].to_list() == ["Ja"]
