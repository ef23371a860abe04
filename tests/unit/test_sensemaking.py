"""Story rounds, interpretations, context events, period status and its lock, questions."""

import datetime as dt

import pytest

from monitor import db, sensemaking
from monitor.access import AccessDenied
from monitor.validation import ValidationError
from tests.conftest import run_sql, viewer_for


def count(table: str) -> int:
    cur = db.connection().cursor()
    try:
        return int(cur.execute(f"select count(*) from {table}").fetchall()[0][0])
    finally:
        cur.close()


def audit_entities() -> list[str]:
    cur = db.connection().cursor()
    try:
        return [r[0] for r in cur.execute("select entity from audit_log order by id").fetchall()]
    finally:
        cur.close()


@pytest.fixture
def round_h1(db_path):
    """The 2025-H1 round on added value 'laagdrempelig' and 'vertrouwen', opened by Carla."""
    return sensemaking.open_round(
        viewer_for("coordinator"), "2025-H1", "meerwaarde", ["laagdrempelig", "vertrouwen"]
    )


def test_only_the_coordinator_opens_a_round_and_only_once_per_half_year(db_path):
    with pytest.raises(AccessDenied):
        sensemaking.open_round(
            viewer_for("begeleidingsgroep"), "2025-H1", "meerwaarde", ["laagdrempelig"]
        )
    rid = sensemaking.open_round(
        viewer_for("coordinator"), "2025-H1", "meerwaarde", ["laagdrempelig"]
    )
    rnd = sensemaking.round_for(period="2025-H1")
    assert rnd["id"] == rid and rnd["status"] == "voorstellen"
    assert rnd["domain_labels"] == ["Laagdrempelig"]
    with pytest.raises(ValidationError, match="al een verhalenronde"):
        sensemaking.open_round(viewer_for("coordinator"), "2025-H1", "thema", ["stigma"])
    with pytest.raises(ValidationError, match="Onbekend domein"):
        sensemaking.open_round(viewer_for("coordinator"), "2025-H2", "meerwaarde", ["stigma"])
    assert count("story_round") == 1
    assert audit_entities() == ["story_round"]


def test_a_peer_expert_proposes_only_own_quotable_notes_of_the_half_year(round_h1):
    anouk, bram = viewer_for("ervaringsdeskundige"), viewer_for("ervaringsdeskundige2")
    pid = sensemaking.propose(anouk, round_h1, 1, "laagdrempelig", "Dit zegt veel.")
    assert pid == 1
    with pytest.raises(ValidationError, match="al voorgesteld"):
        sensemaking.propose(anouk, round_h1, 1, "laagdrempelig")
    with pytest.raises(ValidationError, match="citeerbaar"):
        sensemaking.propose(anouk, round_h1, 2, "vertrouwen")  # note 2 is 'eigen'
    with pytest.raises(AccessDenied):
        sensemaking.propose(bram, round_h1, 1, "vertrouwen")  # Anouk's note
    with pytest.raises(ValidationError, match="niet van het eerste halfjaar 2025"):
        sensemaking.propose(bram, round_h1, 6, "vertrouwen")  # 2025-12-31
    with pytest.raises(ValidationError, match="domein hoort niet"):
        sensemaking.propose(anouk, round_h1, 1, "empathie")
    with pytest.raises(AccessDenied):
        sensemaking.propose(viewer_for("coordinator"), round_h1, 1, "vertrouwen")
    assert count("story_proposal") == 1


def test_selection_needs_the_selection_phase_the_advisory_group_and_a_reason(round_h1):
    anouk, carla, ellen = (
        viewer_for(u) for u in ("ervaringsdeskundige", "coordinator", "begeleidingsgroep")
    )
    pid = sensemaking.propose(anouk, round_h1, 1, "laagdrempelig")
    with pytest.raises(ValidationError, match="selectiefase"):
        sensemaking.select(ellen, pid, "Mooi verhaal")
    assert sensemaking.advance_round(carla, round_h1, "voorstellen") == "selecteren"
    with pytest.raises(ValidationError, match="open staat"):
        sensemaking.propose(anouk, round_h1, 1, "vertrouwen")
    with pytest.raises(AccessDenied):
        sensemaking.select(carla, pid, "Mooi")
    with pytest.raises(ValidationError, match="waarom"):
        sensemaking.select(ellen, pid, "   ")
    assert count("story_selection") == 0
    sensemaking.select(ellen, pid, "Laat zien hoe drempels verdwijnen.")
    with pytest.raises(ValidationError, match="al gekozen"):
        sensemaking.select(ellen, pid, "Nogmaals")
    with pytest.raises(ValidationError, match="intussen"):
        sensemaking.advance_round(carla, round_h1, "voorstellen")  # stale status
    assert sensemaking.advance_round(carla, round_h1, "selecteren") == "afgerond"
    chosen = db.read("story_selections_for_author", peer_expert_id=1).to_dicts()
    assert [(c["reason"], c["decided_by"]) for c in chosen] == [
        ("Laat zien hoe drempels verdwijnen.", "Ellen (begeleidingsgroep)")
    ]
    assert audit_entities().count("story_selection") == 1


def test_a_trend_needs_two_different_interpretations_and_only_then_enters_the_report(db_path):
    ellen = viewer_for("begeleidingsgroep")
    with pytest.raises(ValidationError, match="ten minste twee"):
        sensemaking.annotate(ellen, "trends", "2025-H2", "Inloop", "Meer bezoekers", ["Seizoen"])
    with pytest.raises(ValidationError, match="verschillen"):
        sensemaking.annotate(
            ellen, "trends", "2025-H2", "Inloop", "Meer bezoekers", ["Seizoen", "seizoen "]
        )
    with pytest.raises(AccessDenied):
        sensemaking.annotate(viewer_for("gemeente"), "trends", "2025-H2", "Inloop", "x", ["a", "b"])
    assert count("trend_annotation") == 0
    aid = sensemaking.annotate(
        ellen,
        "trends",
        "2025-H2",
        "Inloop",
        "Meer bezoekers",
        ["Het is winter", "Mond-tot-mondreclame werkt"],
    )
    rows = sensemaking.trend_annotations("2025-H2", for_report=True)
    assert [r["id"] for r in rows] == [aid]
    assert [i["author"] for i in rows[0]["interpretations"]] == ["Ellen (begeleidingsgroep)"] * 2
    sensemaking.add_interpretation(viewer_for("ervaringsdeskundige"), aid, "Er is een nieuwe plek")
    assert sensemaking.trend_annotations("2025-H2")[0]["interpretation_count"] == 3
    run_sql(
        db_path,
        "insert into trend_annotation (context, period, subject, observation, created_by)"
        " values ('rapport', '2025-H2', 'Half', 'Eén duiding', 't')",
    )
    assert len(sensemaking.trend_annotations("2025-H2")) == 2
    assert len(sensemaking.trend_annotations("2025-H2", for_report=True)) == 1


def test_context_events_are_kept_by_coordinator_and_contract_manager(db_path):
    with pytest.raises(AccessDenied):
        sensemaking.add_event(viewer_for("begeleidingsgroep"), dt.date(2025, 7, 15), "Zomer")
    with pytest.raises(ValidationError, match="korte naam"):
        sensemaking.add_event(viewer_for("coordinator"), dt.date(2025, 7, 15), " ")
    eid = sensemaking.add_event(
        viewer_for("coordinator"), dt.date(2025, 7, 15), "Zomerstop", "Inloop dicht"
    )
    assert sensemaking.events() == [(dt.date(2025, 7, 15), "Zomerstop")]
    sensemaking.delete_event(viewer_for("contractmanager"), eid)
    assert sensemaking.events() == []
    assert audit_entities() == ["context_event", "context_event"]


def test_period_status_and_the_lock_on_definitive_half_years(db_path):
    maarten = viewer_for("contractmanager")
    today = dt.date(2026, 11, 23)
    assert [p.code for p in sensemaking.periods_to_close(today)][:2] == ["2026-H1", "2025-H2"]
    with pytest.raises(AccessDenied):
        sensemaking.set_status(viewer_for("coordinator"), "2025-H2", "definitief", today=today)
    with pytest.raises(ValidationError, match="nog niet voorbij"):
        sensemaking.set_status(maarten, "2026-H2", "definitief", today=today)
    assert sensemaking.require_change_reason([dt.date(2025, 9, 1)], None) is None
    sensemaking.set_status(maarten, "2025-H2", "definitief", today=today)
    assert sensemaking.status_of("2025-H2") == "definitief"
    assert "2025-H2" not in [p.code for p in sensemaking.periods_to_close(today)]
    with pytest.raises(ValidationError, match="definitief"):
        sensemaking.require_change_reason([dt.date(2025, 9, 1)], "  ")
    assert (
        sensemaking.require_change_reason([dt.date(2025, 9, 1)], " Dubbel ingevoerd ")
        == "Dubbel ingevoerd"
    )
    assert sensemaking.require_change_reason([dt.date(2025, 6, 30)], None) is None
    with pytest.raises(ValidationError, match="reden"):
        sensemaking.set_status(maarten, "2025-H2", "voorlopig", "", today=today)
    sensemaking.set_status(maarten, "2025-H2", "voorlopig", "Correctie na gesprek", today=today)
    assert sensemaking.status_of("2025-H2") == "voorlopig"


def test_questions_go_to_the_author_who_answers_them(db_path):
    carla, anouk, bram = (
        viewer_for(u) for u in ("coordinator", "ervaringsdeskundige", "ervaringsdeskundige2")
    )
    with pytest.raises(ValidationError, match="bestaat niet"):
        sensemaking.ask_question(carla, 2, "Wat bedoel je?")  # Anouk kept note 2 to herself
    qid = sensemaking.ask_question(carla, 1, "Mogen we dit citeren in Venlo?")
    with pytest.raises(ValidationError, match="hoort niet bij uw verhalen"):
        sensemaking.answer_question(bram, qid, "Ja")
    sensemaking.answer_question(anouk, qid, "Ja, graag.")
    rows = db.read("note_questions_for_author", peer_expert_id=1).to_dicts()
    assert [(r["question"], r["answer"]) for r in rows] == [
        ("Mogen we dit citeren in Venlo?", "Ja, graag.")
    ]


def test_waiting_for_shows_each_role_its_own_things(round_h1):
    today = dt.date(2025, 10, 20)
    anouk, carla, maarten, ellen = (
        viewer_for(u)
        for u in ("ervaringsdeskundige", "coordinator", "contractmanager", "begeleidingsgroep")
    )
    run_sql(
        db.db_path(), "update signal set responded_at = timestamp '2025-10-01 10:00' where id = 1"
    )
    kinds = [w.kind for w in sensemaking.waiting_for(anouk, today)]
    assert kinds == ["signaal"]
    assert any(w.kind == "verhalenronde" for w in sensemaking.waiting_for(carla, today))
    cm = sensemaking.waiting_for(maarten, today)
    assert [w.title for w in cm if w.kind == "signaal"] == ["Formulieren schrikken af"]
    assert {w.title for w in cm if w.kind == "periode"} >= {
        "Cijfers van het eerste halfjaar 2025 zijn nog voorlopig"
    }
    assert sensemaking.waiting_for(ellen, today) == []
    sensemaking.advance_round(carla, round_h1, "voorstellen")
    assert [w.kind for w in sensemaking.waiting_for(ellen, today)] == ["verhalenronde"]


def test_moments_to_discuss_come_from_the_schedule_and_the_recorded_reflections(db_path):
    due = sensemaking.moments_to_discuss(dt.date(2025, 9, 30))
    # Sub-assignment 1 (quarterly from 2024-03-01): 2024-06-01 … 2025-09-01 passed; 2025-06-01
    # was held. Sub-assignment 2 (half-yearly from 2024-09-01): 2025-03-01 and 2025-09-01.
    # Sub-assignment 3 (yearly from 2025-01-01): nothing passed yet.
    assert [(m["sub_assignment_id"], m["due_date"]) for m in due] == [
        (1, dt.date(2024, 6, 1)),
        (1, dt.date(2024, 9, 1)),
        (1, dt.date(2024, 12, 1)),
        (1, dt.date(2025, 3, 1)),
        (2, dt.date(2025, 3, 1)),
        (1, dt.date(2025, 9, 1)),
        (2, dt.date(2025, 9, 1)),
    ]
    waiting = sensemaking.waiting_for(viewer_for("coordinator"), dt.date(2025, 9, 30))
    assert [w.kind for w in waiting] == ["monitoringsmoment"] * 7


def test_a_change_in_a_definitive_half_year_needs_a_reason_and_nothing_is_written_without(db_path):
    from monitor import registration

    today = dt.date(2026, 11, 23)
    sensemaking.set_status(viewer_for("contractmanager"), "2025-H1", "definitief", today=today)
    anouk = viewer_for("ervaringsdeskundige")
    audit_before = count("audit_log")
    with pytest.raises(ValidationError, match="definitief"):
        registration.delete_activity(anouk, 2, 1)
    assert count("activity where id = 2") == 1
    assert count("activity_theme where activity_id = 2") == 1
    assert count("audit_log") == audit_before
    registration.delete_activity(anouk, 2, 1, reason="Dubbel ingevoerd")
    assert count("activity where id = 2") == 0
    cur = db.connection().cursor()
    after = cur.execute(
        "select after_json from audit_log where entity = 'activity' and action = 'delete'"
    ).fetchall()
    cur.close()
    assert "Dubbel ingevoerd" in after[0][0]
    # An activity of a provisional half-year changes without a reason.
    registration.delete_activity(anouk, 6, 1)
    assert count("activity where id = 6") == 0
