import polars as pl
import pytest

from monitor import db, signals
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError
from tests.conftest import run_sql

MANAGER = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
ADVISER = Viewer(5, "beleid@regio.test", "Ellen", Role.ADVISORY_GROUP)
ANOUK = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
COORDINATOR = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)


def written(db_path):
    return (
        run_sql(db_path, "select count(*) from signal_event")[0][0],
        run_sql(db_path, "select count(*) from audit_log where entity = 'signal'")[0][0],
        run_sql(db_path, "select count(*) from signal_discussion")[0][0],
    )


def state(signal_id=2):
    return db.read("signal_state_by_id", signal_id=signal_id).row(0, named=True)


def test_next_status_walks_the_loop():
    assert [signals.next_status(s) for s in signals.STATUSES] == [
        "besproken",
        "beantwoord",
        "teruggekoppeld",
        None,
    ]


def test_signal_goes_round_the_loop_with_events_and_audit(db_path):
    change = signals.advance(MANAGER, 2, 1, "besproken", contract_talk_id=1)
    assert change == signals.Change(2, "besproken", 2)
    change = signals.advance(
        ADVISER, 2, 2, "beantwoord", response="  We passen het formulier aan. "
    )
    assert change.version == 3
    assert state()["response"] == "We passen het formulier aan."
    assert state()["responded_by"] == "Ellen"
    assert state()["responded_at"] is not None
    change = signals.advance(MANAGER, 2, 3, "teruggekoppeld")
    assert (change.status, state()["fed_back"]) == ("teruggekoppeld", True)
    assert run_sql(
        db_path, "select from_status, to_status, reason, actor from signal_event order by id"
    ) == [
        ("nieuw", "besproken", "", "contractmanager@mgr.test"),
        ("besproken", "beantwoord", "", "beleid@regio.test"),
        ("beantwoord", "teruggekoppeld", "", "contractmanager@mgr.test"),
    ]
    audits = run_sql(
        db_path,
        "select actor, action, entity_id, json_extract_string(before_json, '$.status'), "
        "json_extract_string(after_json, '$.status') from audit_log where entity = 'signal' "
        "order by id",
    )
    assert audits == [
        ("contractmanager@mgr.test", "update", "2", "nieuw", "besproken"),
        ("beleid@regio.test", "update", "2", "besproken", "beantwoord"),
        ("contractmanager@mgr.test", "update", "2", "beantwoord", "teruggekoppeld"),
    ]
    assert run_sql(db_path, "select signal_id, contract_talk_id from signal_discussion") == [(2, 1)]


@pytest.mark.parametrize("target", ["beantwoord", "teruggekoppeld"])
def test_no_skipping_steps_and_nothing_written(db_path, target):
    with pytest.raises(ValidationError, match="één stap tegelijk"):
        signals.advance(MANAGER, 2, 1, target, response="Antwoord")
    assert written(db_path) == (0, 0, 0)
    assert state()["status"] == "nieuw"


def test_no_going_back_without_reason(db_path):
    # Signal 1 is 'beantwoord'.
    with pytest.raises(ValidationError, match="met een reden"):
        signals.advance(MANAGER, 1, 1, "besproken")
    with pytest.raises(ValidationError, match="reden"):
        signals.move_back(MANAGER, 1, 1, "besproken", "   ")
    with pytest.raises(ValidationError, match="eerdere status"):
        signals.move_back(MANAGER, 1, 1, "teruggekoppeld", "reden")
    assert written(db_path) == (0, 0, 0)
    change = signals.move_back(MANAGER, 1, 1, "besproken", "Nog niet echt beantwoord")
    assert change == signals.Change(1, "besproken", 2)
    assert run_sql(db_path, "select from_status, to_status, reason from signal_event") == [
        ("beantwoord", "besproken", "Nog niet echt beantwoord")
    ]
    assert written(db_path)[:2] == (1, 1)


def test_answering_needs_a_response(db_path):
    signals.advance(MANAGER, 2, 1, "besproken")
    with pytest.raises(ValidationError, match="antwoord"):
        signals.advance(MANAGER, 2, 2, "beantwoord", response="  ")
    assert written(db_path) == (1, 1, 0)


def test_a_stale_version_is_refused_and_nothing_written(db_path):
    signals.advance(MANAGER, 2, 1, "besproken")
    with pytest.raises(ValidationError, match="intussen gewijzigd"):
        signals.advance(ADVISER, 2, 1, "besproken")
    with pytest.raises(ValidationError, match="intussen gewijzigd"):
        signals.move_back(ADVISER, 2, 1, "nieuw", "reden")
    assert written(db_path) == (1, 1, 0)
    assert state()["version"] == 2


@pytest.mark.parametrize("viewer", [ANOUK, COORDINATOR])
def test_only_contract_manager_and_advisory_group_move_signals(db_path, viewer):
    with pytest.raises(AccessDenied):
        signals.advance(viewer, 2, 1, "besproken")
    with pytest.raises(AccessDenied):
        signals.respond(viewer, 1, 1, "Antwoord")
    assert written(db_path) == (0, 0, 0)


def test_respond_rewrites_the_answer_and_records_an_event(db_path):
    change = signals.respond(MANAGER, 1, 1, "De avondinloop start in maart 2026.")
    assert change == signals.Change(1, "beantwoord", 2)
    assert state(1)["response"] == "De avondinloop start in maart 2026."
    assert run_sql(db_path, "select from_status, to_status, reason from signal_event") == [
        ("beantwoord", "beantwoord", "antwoord geschreven")
    ]
    with pytest.raises(ValidationError, match="niet veranderd"):
        signals.respond(MANAGER, 1, 2, "De avondinloop start in maart 2026.")


def test_unknown_signal_and_contract_talk_on_the_wrong_step(db_path):
    with pytest.raises(ValidationError, match="bestaat niet"):
        signals.advance(MANAGER, 99, 1, "besproken")
    with pytest.raises(ValidationError, match="Besproken"):
        signals.advance(MANAGER, 1, 1, "teruggekoppeld", contract_talk_id=1)
    assert written(db_path) == (0, 0, 0)


def test_status_summary_counts_every_status_and_oldest_open_age():
    frame = pl.DataFrame(
        {
            "status": ["nieuw", "nieuw", "beantwoord", "teruggekoppeld"],
            "age_days": [10, 40, 5, None],
        }
    )
    summary = signals.status_summary(frame)
    assert summary.rows() == [
        ("nieuw", "Nieuw", 2, 40),
        ("besproken", "Besproken", 0, None),
        ("beantwoord", "Beantwoord", 1, 5),
        ("teruggekoppeld", "Teruggekoppeld", 1, None),
    ]
