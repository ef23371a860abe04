from monitor import db
from tests.conftest import run_sql


def test_note_questions_for_author_open_ones_first(db_path):
    run_sql(
        db_path,
        """
        insert into note_question (note_id, question, asked_by, asked_at, answer, answered_at) values
            (1, 'Beantwoord?', 'Carla', '2025-02-01 10:00', 'Ja', '2025-02-02 10:00'),
            (2, 'Nog open?', 'Carla', '2025-01-01 10:00', null, null),
            (3, 'Van Bram', 'Carla', '2025-03-01 10:00', null, null)
    """,
    )
    rows = db.read("note_questions_for_author", peer_expert_id=1)
    assert rows["question"].to_list() == ["Nog open?", "Beantwoord?"]
