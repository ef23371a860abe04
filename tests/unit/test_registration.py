import datetime as dt
import json
import threading
from dataclasses import replace
from decimal import Decimal

import pytest

from monitor import db, registration
from monitor.access import AccessDenied, Role, Viewer
from monitor.registration import ActivityInput, ConflictError, NoteInput, SignalInput
from monitor.validation import ValidationError
from tests.conftest import run_sql

TODAY = dt.date(2026, 1, 15)
ANOUK = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
BRAM = Viewer(2, "bram@pool.test", "Bram", Role.PEER_EXPERT, peer_expert_id=2)
COORDINATOR = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
MUNICIPALITY = Viewer(
    6, "venlo@gemeente.test", "Venlo", Role.MUNICIPALITY, municipality_code="GM0983"
)

ACTIVITY = ActivityInput(
    activity_date=dt.date(2025, 9, 1),
    peer_expert_id=1,
    municipality_code="GM0983",
    sub_assignment_id=1,
    activity_type_code="inloop",
    form="open",
    theme_codes=("eenzaamheid",),
    residents_reached=6,
    residents_estimated=True,
    hours=Decimal("2.5"),
    care_relation="naast",
    setting_code="buurthuis",
)
NOTE = NoteInput(
    note_date=dt.date(2025, 9, 1),
    peer_expert_id=1,
    municipality_code="GM0983",
    sub_assignment_id=1,
    level="ik",
    body="Ze kwam terug en nam haar buurvrouw mee.",
    visibility="pool",
    theme_codes=("eenzaamheid",),
    tag_codes=("laagdrempelig",),
)


def rows(sql):
    cur = db.connection().cursor()
    try:
        return cur.execute(sql).fetchall()
    finally:
        cur.close()


def refused(viewer, data, saver=registration.save_activity):
    before = rows(
        "select (select count(*) from activity), (select count(*) from note), "
        "(select count(*) from audit_log)"
    )
    with pytest.raises(ValidationError) as exc:
        saver(viewer, data, today=TODAY)
    assert (
        rows(
            "select (select count(*) from activity), (select count(*) from note), "
            "(select count(*) from audit_log)"
        )
        == before
    )
    return exc.value.messages


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"activity_date": dt.date(2026, 1, 16)},
            "De datum ligt in de toekomst (16 januari 2026).",
        ),
        (
            {"activity_date": dt.date(2024, 2, 1)},
            "De datum 1 februari 2024 valt buiten de looptijd van deelopdracht 'Inloop Venlo-Oost' "
            "(vanaf 1 maart 2024, zonder einddatum).",
        ),
        (
            {
                "sub_assignment_id": 2,
                "municipality_code": None,
                "activity_date": dt.date(2024, 8, 1),
            },
            "valt buiten de looptijd van deelopdracht 'Training wijkteams regio' (vanaf 1 september "
            "2024, tot en met 31 december 2026).",
        ),
        (
            {"municipality_code": "GM0984"},
            "Deelopdracht 'Inloop Venlo-Oost' hoort bij Venlo, niet bij Venray. Kies Venlo of een "
            "andere deelopdracht.",
        ),
        ({"municipality_code": None}, "hoort bij Venlo, niet bij Regio"),
        (
            {"municipality_code": "GM0935", "sub_assignment_id": None},
            "Gemeente 'GM0935' hoort niet bij de 14 gemeenten",
        ),
        ({"sub_assignment_id": 42}, "Deelopdracht 42 bestaat niet."),
        ({"hours": Decimal("24.25")}, "Meer dan 24 uur op één dag kan niet (ingevuld: 24,25 uur)."),
        ({"hours": Decimal("-0.5")}, "Het aantal uren kan niet negatief zijn."),
        ({"hours": float("nan")}, "Het aantal uren is geen getal."),
        ({"residents_reached": -1}, "Het aantal bereikte inwoners kan niet negatief zijn."),
        (
            {"residents_reached": 20_000},
            "20.000 bereikte inwoners bij één activiteit is niet aannemelijk.",
        ),
        ({"theme_codes": ("eenzaamheid", "geluk")}, "Onbekend thema: 'geluk'."),
        ({"activity_type_code": "koffie"}, "Onbekend soort activiteit: 'koffie'."),
        ({"form": "massaal"}, "Onbekende vorm: 'massaal'."),
        ({"setting_code": "kroeg"}, "Onbekend vindplek: 'kroeg'."),
        ({"care_relation": "soms"}, "Onbekende relatie met professionele zorg: 'soms'."),
        ({"peer_expert_id": 99}, "Deze ervaringsdeskundige is onbekend."),
    ],
)
def test_each_bad_activity_field_is_refused_with_a_specific_message(db_path, changes, message):
    viewer = COORDINATOR if "peer_expert_id" in changes else ANOUK
    messages = refused(viewer, replace(ACTIVITY, **changes))
    assert any(message in m for m in messages), messages


def test_inactive_sub_assignment_is_refused(db_path):
    run_sql(db_path, "update sub_assignment set status = 'afgerond' where id = 1")
    assert refused(ANOUK, ACTIVITY) == [
        "Deelopdracht 'Inloop Venlo-Oost' is niet actief (status: afgerond)."
    ]


def test_regional_sub_assignment_may_carry_an_activity_in_any_municipality(db_path):
    activity_id = registration.save_activity(
        ANOUK, replace(ACTIVITY, sub_assignment_id=2, municipality_code="GM0984"), today=TODAY
    )
    assert activity_id == 9


def test_saved_activity_is_audited_with_its_after_state_and_caches_are_cleared(db_path):
    assert (
        db.cached_read("activities_for_peer_expert", peer_expert_id=1, login="x", limit=9).height
        == 3
    )
    new_id = registration.save_activity(ANOUK, ACTIVITY, today=TODAY)
    assert (
        db.cached_read("activities_for_peer_expert", peer_expert_id=1, login="x", limit=9).height
        == 4
    )
    (actor, action, entity, entity_id, before, after) = rows(
        "select actor, action, entity, entity_id, before_json, after_json from audit_log"
    )[0]
    assert (actor, action, entity, entity_id, before) == (
        "anouk@pool.test",
        "create",
        "activity",
        str(new_id),
        None,
    )
    assert json.loads(after)["hours"] == "2.50"
    assert json.loads(after)["theme_codes"] == ["eenzaamheid"]


def test_peer_experts_register_for_themselves_only_and_other_roles_not_at_all(db_path):
    with pytest.raises(AccessDenied, match="alleen voor jezelf"):
        registration.save_activity(BRAM, ACTIVITY, today=TODAY)
    with pytest.raises(AccessDenied):
        registration.save_note(MUNICIPALITY, NOTE, today=TODAY)
    assert registration.save_activity(COORDINATOR, ACTIVITY, today=TODAY) == 9
    assert rows("select created_by from activity where id = 9") == [("coordinator@pool.test",)]


def test_only_the_author_edits_or_deletes(db_path):
    with pytest.raises(AccessDenied, match="Alleen de auteur"):
        registration.update_activity(BRAM, 1, 1, ACTIVITY, today=TODAY)
    with pytest.raises(AccessDenied):
        registration.delete_activity(BRAM, 1, 1)
    with pytest.raises(AccessDenied):
        registration.update_note(BRAM, 1, 1, NOTE, today=TODAY)
    with pytest.raises(AccessDenied):
        registration.delete_note(BRAM, 1, 1)
    # The coördinator did not write note 1 and is not its author either.
    with pytest.raises(AccessDenied):
        registration.delete_note(COORDINATOR, 1, 1)
    assert rows("select count(*) from audit_log") == [(0,)]
    # What the coördinator registered for someone, the coördinator may change.
    new_id = registration.save_activity(
        COORDINATOR, replace(ACTIVITY, peer_expert_id=2), today=TODAY
    )
    registration.delete_activity(COORDINATOR, new_id, 1)
    # And the peer expert it belongs to may change it too.
    other = registration.save_activity(COORDINATOR, ACTIVITY, today=TODAY)
    assert (
        registration.update_activity(ANOUK, other, 1, replace(ACTIVITY, hours=3), today=TODAY) == 2
    )


def test_update_activity_keeps_the_peer_expert_replaces_themes_and_audits_before_and_after(db_path):
    changed = replace(
        ACTIVITY,
        peer_expert_id=2,  # ignored: an activity stays with its peer expert
        municipality_code="GM0984",
        sub_assignment_id=None,
        theme_codes=("stigma", "verlies"),
        hours=Decimal("1.25"),
    )
    assert registration.update_activity(ANOUK, 1, 1, changed, today=TODAY) == 2
    assert rows(
        "select peer_expert_id, municipality_code, hours, version from activity where id = 1"
    ) == [(1, "GM0984", Decimal("1.25"), 2)]
    assert rows("select theme_code from activity_theme where activity_id = 1 order by 1") == [
        ("stigma",),
        ("verlies",),
    ]
    before, after = rows("select before_json, after_json from audit_log where action = 'update'")[0]
    assert json.loads(before)["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    assert json.loads(after)["municipality_code"] == "GM0984"


def test_a_refused_activity_edit_changes_nothing(db_path):
    with pytest.raises(ValidationError):
        registration.update_activity(ANOUK, 1, 1, replace(ACTIVITY, hours=30), today=TODAY)
    assert rows("select hours, version from activity where id = 1") == [(Decimal("3.00"), 1)]
    assert rows("select count(*) from activity_theme where activity_id = 1") == [(2,)]
    assert rows("select count(*) from audit_log") == [(0,)]


def test_activity_edit_and_delete_use_the_version(db_path):
    registration.update_activity(ANOUK, 1, 1, ACTIVITY, today=TODAY)
    with pytest.raises(ConflictError, match="intussen gewijzigd") as exc:
        registration.update_activity(ANOUK, 1, 1, ACTIVITY, today=TODAY)
    assert exc.value.current["version"] == 2
    with pytest.raises(ConflictError):
        registration.delete_activity(ANOUK, 1, 1)
    registration.delete_activity(ANOUK, 1, 2)
    assert rows("select count(*) from activity where id = 1") == [(0,)]
    assert rows("select count(*) from activity_theme where activity_id = 1") == [(0,)]
    with pytest.raises(ConflictError, match="bestaat niet meer"):
        registration.delete_activity(ANOUK, 1, 2)
    assert rows("select action from audit_log order by id") == [("update",), ("delete",)]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"body": "  "}, "Het verhaal is leeg. Schrijf op wat er gebeurde."),
        ({"body": "a" * 20_001}, "Het verhaal is te lang (20.001 tekens; maximaal 20.000)."),
        (
            {"body": "Bel 0612345678"},
            "Er lijkt een telefoonnummer in de tekst te staan (bij '06123…').",
        ),
        ({"level": "zij"}, "Onbekend soort verhaal: 'zij'."),
        ({"visibility": "iedereen"}, "Onbekende zichtbaarheid: 'iedereen'."),
        ({"theme_codes": ("onzin",)}, "Onbekend thema: 'onzin'."),
        ({"tag_codes": ("snel",)}, "Onbekend label voor meerwaarde: 'snel'."),
        ({"note_date": dt.date(2026, 2, 1)}, "De datum ligt in de toekomst"),
        ({"municipality_code": "GM0889"}, "hoort bij Venlo, niet bij Beesel"),
        (
            {"signal": SignalInput("trend", "gemeente", "", "Iets", ())},
            "De titel van het signaal is leeg.",
        ),
        (
            {"signal": SignalInput("trend", "gemeente", "Titel", "Mail a@b.nl", ())},
            "Beschrijving van het signaal: Er lijkt een e-mailadres",
        ),
        (
            {"signal": SignalInput("roddel", "regio", "T", "B", ())},
            "Onbekend soort signaal: 'roddel'.",
        ),
        ({"signal": SignalInput("trend", "wereld", "T", "B", ())}, "Onbekende reikwijdte"),
    ],
)
def test_each_bad_note_field_is_refused_with_a_specific_message(db_path, changes, message):
    messages = refused(ANOUK, replace(NOTE, **changes), registration.save_note)
    assert any(message in m for m in messages), messages


def test_regional_signal_has_no_municipality(db_path):
    saved = registration.save_note(
        ANOUK,
        replace(NOTE, signal=SignalInput("trend", "regio", "T", "B", ("stigma",))),
        today=TODAY,
    )
    assert rows(f"select municipality_code from signal where id = {saved.signal_id}") == [(None,)]


def test_note_edit_keeps_where_it_belongs_and_replaces_themes_and_tags(db_path):
    edited = replace(
        NOTE, municipality_code="GM0984", body="Nieuw", theme_codes=("stigma",), tag_codes=()
    )
    assert registration.update_note(ANOUK, 1, 1, edited, today=TODAY) == 2
    assert rows("select body, municipality_code, version from note where id = 1") == [
        ("Nieuw", "GM0983", 2)
    ]
    assert rows("select theme_code from note_theme where note_id = 1") == [("stigma",)]
    assert rows("select count(*) from note_added_value where note_id = 1") == [(0,)]
    assert rows("select count(*) from signal_note where note_id = 1") == [(1,)]


def test_note_conflict_carries_the_stored_note(db_path):
    registration.update_note(ANOUK, 1, 1, replace(NOTE, body="Eerste"), today=TODAY)
    with pytest.raises(ConflictError) as exc:
        registration.update_note(ANOUK, 1, 1, replace(NOTE, body="Tweede"), today=TODAY)
    assert exc.value.current["body"] == "Eerste"
    assert exc.value.current["version"] == 2
    assert "Jouw tekst staat er nog" in exc.value.messages[0]


def test_deleting_a_note_removes_every_link_but_keeps_the_signal(db_path):
    run_sql(
        db_path,
        "insert into report_quote (period, note_id, selected_by) values ('2025-H1', 4, 'seed'); "
        "insert into monitoring_moment_note values (1, 4); "
        "insert into signal_note values (1, 4); "
        "insert into goal_progress (goal_code, period, narrative, written_by) "
        "select code, '2025-H1', 'x', 'seed' from development_goal order by sort_order limit 1; "
        "insert into goal_evidence values (1, 'note', 4)",
    )
    chantal = Viewer(9, "chantal@pool.test", "Chantal", Role.PEER_EXPERT, peer_expert_id=3)
    registration.delete_note(chantal, 4, 1)
    for table, column in [
        ("note_theme", "note_id"),
        ("note_added_value", "note_id"),
        ("note_source", "source_note_id"),
        ("signal_note", "note_id"),
        ("monitoring_moment_note", "note_id"),
        ("report_quote", "note_id"),
        ("goal_evidence", "ref_id"),
    ]:
        assert rows(f"select count(*) from {table} where {column} = 4") == [(0,)], table
    assert rows("select count(*) from signal") == [(2,)]
    before = json.loads(rows("select before_json from audit_log where action = 'delete'")[0][0])
    assert before["body"].startswith("In de groep was het stil")
    assert before["links"]["signal_note"] == [[1]]


def test_a_note_that_another_feature_still_uses_is_not_deleted_and_loses_nothing(db_path):
    run_sql(
        db_path,
        "create table elsewhere (note_id bigint references note (id)); insert into elsewhere values (1)",
    )
    with pytest.raises(ValidationError, match="wordt elders nog gebruikt"):
        registration.delete_note(ANOUK, 1, 1)
    assert rows("select count(*) from note_theme where note_id = 1") == [(2,)]
    assert rows("select count(*) from signal_note where note_id = 1") == [(1,)]
    assert rows("select count(*) from audit_log") == [(0,)]


def test_describe_activity_in_words(db_path):
    ctx = registration.context()
    venray = replace(ACTIVITY, municipality_code="GM0984", residents_estimated=False)
    assert registration.describe_activity(venray, ctx) == "inloop in Venray, 6 inwoners, 2,5 uur"
    one = replace(ACTIVITY, municipality_code=None, residents_reached=1, hours=1)
    assert (
        registration.describe_activity(one, ctx) == "inloop in de regio, 1 inwoner (geschat), 1 uur"
    )


def test_twenty_threads_saving_at_once_lose_nothing(db_path):
    """20 threads × 50 activities and 50 notes through monitor.registration."""
    errors = []
    peers = [
        ANOUK,
        BRAM,
        Viewer(9, "chantal@pool.test", "Chantal", Role.PEER_EXPERT, peer_expert_id=3),
    ]

    def work(n):
        viewer = peers[n % 3]
        try:
            for i in range(50):
                registration.save_activity(
                    viewer,
                    replace(
                        ACTIVITY,
                        peer_expert_id=viewer.peer_expert_id,
                        sub_assignment_id=None,
                        residents_reached=i,
                    ),
                    today=TODAY,
                )
                registration.save_note(
                    viewer,
                    replace(
                        NOTE, peer_expert_id=viewer.peer_expert_id, body=f"Draad {n} verhaal {i}"
                    ),
                    today=TODAY,
                )
        except Exception as exc:  # collected: an assertion in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert rows("select count(*) from activity") == [(8 + 1000,)]
    assert rows("select count(*) from note") == [(6 + 1000,)]
    assert rows("select count(distinct body) from note where body like 'Draad %'") == [(1000,)]
    assert rows("select count(*) from activity_theme") == [(9 + 1000,)]
    assert rows("select count(*) from note_added_value") == [(7 + 1000,)]
    assert rows("select count(*) from audit_log") == [(2000,)]


def test_finished_sub_assignment_takes_late_entries_inside_its_period_only(db_path):
    run_sql(
        db_path,
        "update sub_assignment set status = 'afgerond', end_date = '2025-12-31' where id = 1",
    )
    assert registration.save_activity(ANOUK, ACTIVITY, today=TODAY) == 9
    late = replace(ACTIVITY, activity_date=dt.date(2026, 1, 5))
    assert any("valt buiten de looptijd" in m for m in refused(ANOUK, late))
    run_sql(db_path, "update sub_assignment set status = 'in_voorbereiding' where id = 3")
    beesel = replace(ACTIVITY, sub_assignment_id=3, municipality_code="GM0889")
    assert refused(ANOUK, beesel) == [
        "Deelopdracht 'Herstelgroep Beesel' is niet actief (status: in voorbereiding)."
    ]


@pytest.mark.parametrize(
    "hidden",
    ["\x00", "\x1b[31m", "\u202e", "\u2066", "\x7f", "\x85", "\x0c"],
    ids=["nul", "escape", "rtl-override", "isolate", "delete", "c1-next-line", "form-feed"],
)
def test_invisible_control_characters_in_a_note_are_refused_and_nothing_is_written(db_path, hidden):
    before = rows("select count(*) from note")
    messages = refused(
        ANOUK, replace(NOTE, body=f"Het ging goed{hidden} vandaag."), registration.save_note
    )
    assert messages == [
        "Het verhaal bevat onzichtbare stuurtekens (vaak meegekomen bij kopiëren en plakken). "
        "Typ de tekst opnieuw of plak hem eerst in een eenvoudige teksteditor."
    ]
    assert rows("select count(*) from note") == before


def test_tabs_and_line_breaks_are_ordinary_text(db_path):
    saved = registration.save_note(
        ANOUK, replace(NOTE, body="Eerste regel.\r\nTweede\tregel."), today=TODAY
    )
    assert rows(f"select body from note where id = {saved.note_id}") == [
        ("Eerste regel.\r\nTweede\tregel.",)
    ]
