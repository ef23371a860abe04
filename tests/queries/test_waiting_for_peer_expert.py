import datetime as dt

from monitor import db
from tests.conftest import run_sql
from tests.queries.sensemaking_setup import finished_round


def test_waiting_for_peer_expert_collects_responses_reasons_and_open_questions(db_path):
    finished_round()
    run_sql(
        db_path,
        """
        update signal set responded_at = timestamp '2025-10-01 10:00' where id = 1;
        insert into note_question (note_id, question, asked_by) values (1, 'Mag dit?', 'Carla');
    """,
    )
    since = dt.datetime(2025, 9, 1, tzinfo=dt.UTC)
    rows = db.read("waiting_for_peer_expert", peer_expert_id=1, since=since)
    assert sorted(rows["kind"].to_list()) == ["signaal", "verhaal gekozen", "vraag"]
    assert "Vertrouwen groeit hier zichtbaar." in rows["detail"].to_list()
    later = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)
    assert db.read("waiting_for_peer_expert", peer_expert_id=1, since=later)["kind"].to_list() == [
        "vraag"
    ]
    assert db.read("waiting_for_peer_expert", peer_expert_id=2, since=since).is_empty()
