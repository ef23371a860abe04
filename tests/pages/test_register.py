import datetime as dt
from decimal import Decimal

import pytest

from monitor import db, navigation, registration
from monitor.access import Role, Viewer
from tests.conftest import app_as, run_sql, texts

PAGE = "pages/register.py"
ANOUK = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)


def plain(markdown):
    """Shown text without the escaping that keeps user text inert."""
    return markdown.replace("\\", "")


def rows(sql):
    cur = db.connection().cursor()
    try:
        return cur.execute(sql).fetchall()
    finally:
        cur.close()


def fill_activity(at, **values):
    defaults = {
        "date": dt.date(2025, 9, 1),
        "municipality": "GM0984",
        "type": "inloop",
        "form": "open",
        "themes": ["eenzaamheid"],
        "residents": 6,
        "estimated": True,
        "hours": 2.5,
    }
    values = defaults | values
    at.date_input(key="register.activity.date").set_value(values["date"])
    at.selectbox(key="register.activity.municipality").set_value(values["municipality"])
    at.run()
    at.selectbox(key="register.activity.type").set_value(values["type"])
    at.radio(key="register.activity.form").set_value(values["form"])
    at.multiselect(key="register.activity.themes").set_value(values["themes"])
    at.number_input(key="register.activity.residents").set_value(values["residents"])
    at.checkbox(key="register.activity.estimated").set_value(values["estimated"])
    at.number_input(key="register.activity.hours").set_value(values["hours"])
    return at.run()


def fill_note(at, body, **values):
    values = {
        "date": dt.date(2025, 9, 2),
        "municipality": "GM0983",
        "themes": ["stigma"],
        "tags": ["vertrouwen", "gelijkwaardig"],
        "visibility": "begeleiding",
    } | values
    at.date_input(key="register.note.date").set_value(values["date"])
    at.selectbox(key="register.note.municipality").set_value(values["municipality"])
    at.run()
    at.radio(key="register.note.level").set_value("ik")
    at.text_area(key="register.note.body").input(body)
    at.multiselect(key="register.note.themes").set_value(values["themes"])
    at.multiselect(key="register.note.tags").set_value(values["tags"])
    at.radio(key="register.note.visibility").set_value(values["visibility"])
    return at.run()


def test_register_is_for_the_pool_team_only():
    for role in Role:
        files = [p.file for p in navigation.pages_for(role)]
        assert (PAGE in files) == (role in {Role.PEER_EXPERT, Role.COORDINATOR})


def test_activity_form_defaults_come_from_the_last_entry(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    assert not at.exception
    assert at.date_input(key="register.activity.date").value == dt.date.today()
    assert at.selectbox(key="register.activity.municipality").value == "GM0983"
    assert at.selectbox(key="register.activity.type").value == "inloop"
    assert at.selectbox(key="register.activity.sub_assignment").value == 1
    assert at.number_input(key="register.activity.hours").value == 2.5
    assert at.multiselect(key="register.activity.themes").value == ["eenzaamheid"]


def test_valid_activity_is_saved_confirmed_in_words_and_listed(db_path):
    at = fill_activity(app_as("ervaringsdeskundige", PAGE))
    # Venray has no sub-assignment of its own; the regional training runs on this day.
    assert at.selectbox(key="register.activity.sub_assignment").options == [
        "Geen deelopdracht",
        "Training wijkteams regio",
    ]
    at.button(key="register.activity.save").click().run()
    assert not at.exception
    assert [plain(s.value) for s in at.success] == [
        "Opgeslagen: inloop in Venray, 6 inwoners (geschat), 2,5 uur"
    ]
    saved = rows(
        "select peer_expert_id, municipality_code, residents_reached, hours, created_by "
        "from activity where id = 9"
    )
    assert saved == [(1, "GM0984", 6, Decimal("2.50"), "anouk@pool.test")]
    assert rows("select theme_code from activity_theme where activity_id = 9") == [("eenzaamheid",)]
    assert rows("select action, entity, entity_id from audit_log") == [("create", "activity", "9")]
    assert "1 september 2025 · inloop in Venray" in texts(at)


REFUSALS = [
    ({"date": dt.date.today() + dt.timedelta(days=3)}, "De datum ligt in de toekomst"),
    ({"hours": 25.0}, "Meer dan 24 uur op één dag kan niet"),
    ({"hours": -1.0}, "Het aantal uren kan niet negatief zijn"),
    ({"residents": -3}, "Het aantal bereikte inwoners kan niet negatief zijn"),
    ({"date": dt.date(2023, 12, 31)}, "De datum ligt voor de start van de pool"),
]


@pytest.mark.parametrize(("values", "message"), REFUSALS, ids=[m for _, m in REFUSALS])
def test_refused_activity_changes_nothing_and_keeps_the_form(db_path, values, message):
    at = fill_activity(app_as("ervaringsdeskundige", PAGE), **values)
    at.button(key="register.activity.save").click().run()
    assert not at.exception
    assert len(at.error) == 1
    assert message in plain(at.error[0].value)
    assert rows("select count(*) from activity") == [(8,)]
    assert rows("select count(*) from audit_log") == [(0,)]
    expected = {
        "date": ("date_input", "register.activity.date"),
        "hours": ("number_input", "register.activity.hours"),
        "residents": ("number_input", "register.activity.residents"),
    }
    for name, value in values.items():
        kind, key = expected[name]
        assert getattr(at, kind)(key=key).value == value
    assert at.selectbox(key="register.activity.municipality").value == "GM0984"


def test_activity_of_a_peer_expert_before_they_joined_is_refused(db_path):
    run_sql(db_path, "update peer_expert set active_from = '2025-10-01' where id = 1")
    at = fill_activity(app_as("ervaringsdeskundige", PAGE))
    at.button(key="register.activity.save").click().run()
    assert "Anouk is pas sinds 1 oktober 2025 actief" in plain(at.error[0].value)


def test_valid_note_with_a_signal_is_saved_with_all_its_parts(db_path):
    at = fill_note(
        app_as("ervaringsdeskundige", PAGE),
        "Ze durfde pas te praten toen het formulier van tafel was.",
    )
    at.checkbox(key="register.note.is_signal").check().run()
    at.selectbox(key="register.note.signal_type").set_value("knelpunt_beleid")
    at.text_input(key="register.note.signal_title").input("Formulieren schrikken af")
    at.text_area(key="register.note.signal_description").input(
        "Het intakeformulier houdt mensen weg."
    )
    at.multiselect(key="register.note.signal_themes").set_value(["stigma"])
    at.run()
    at.button(key="register.note.save").click().run()
    assert not at.exception
    assert plain(at.success[0].value).startswith(
        "Opgeslagen: ik-verhaal van 2 september 2025 in Venlo"
    )
    assert "met een nieuw signaal" in at.success[0].value
    assert rows("select peer_expert_id, visibility, level from note where id = 7") == [
        (1, "begeleiding", "ik")
    ]
    assert rows("select tag_code from note_added_value where note_id = 7 order by 1") == [
        ("gelijkwaardig",),
        ("vertrouwen",),
    ]
    assert rows(
        "select signal_type, municipality_code, title, status, raised_by from signal where id = 3"
    ) == [("knelpunt_beleid", "GM0983", "Formulieren schrikken af", "nieuw", 1)]
    assert rows("select note_id from signal_note where signal_id = 3") == [(7,)]
    assert rows("select theme_code from signal_theme where signal_id = 3") == [("stigma",)]
    assert rows("select from_status, to_status from signal_event where signal_id = 3") == [
        (None, "nieuw")
    ]
    assert rows("select entity from audit_log order by id") == [("note",), ("signal",)]
    # The form is empty again for the next note.
    assert at.text_area(key="register.note.body").value == ""


NOTE_REFUSALS = [
    ("   ", "Het verhaal is leeg"),
    (
        "Ze gaf me haar nummer: 06-12345678, bel haar.",
        "Er lijkt een telefoonnummer in de tekst te staan (bij '06-12…')",
    ),
    ("Mail hem op jan@voorbeeld.nl", "Er lijkt een e-mailadres in de tekst te staan"),
    ("Hij woont op 5911 AB 12.", "Er lijkt een adres (postcode met huisnummer) in de tekst"),
    ("BSN 111222333 stond op de brief.", "Er lijkt een burgerservicenummer (BSN)"),
    ("Rekening NL91ABNA0417164300 was leeg.", "Er lijkt een rekeningnummer (IBAN)"),
    ("x" * 20_001, "Het verhaal is te lang (20.001 tekens; maximaal 20.000)"),
]


@pytest.mark.parametrize(("body", "message"), NOTE_REFUSALS, ids=[m[:25] for _, m in NOTE_REFUSALS])
def test_refused_note_changes_nothing_and_keeps_the_text(db_path, body, message):
    at = fill_note(app_as("ervaringsdeskundige", PAGE), body)
    at.button(key="register.note.save").click().run()
    assert not at.exception
    assert message in plain(at.error[0].value)
    assert at.text_area(key="register.note.body").value == body
    assert at.multiselect(key="register.note.tags").value == ["vertrouwen", "gelijkwaardig"]
    assert rows("select count(*) from note") == [(6,)]
    assert rows("select count(*) from audit_log") == [(0,)]


def test_refused_signal_keeps_note_and_signal_fields(db_path):
    at = fill_note(app_as("ervaringsdeskundige", PAGE), "Een gewoon verhaal.", municipality="")
    at.checkbox(key="register.note.is_signal").check().run()
    at.text_area(key="register.note.signal_description").input("Zonder titel")
    at.run()
    at.button(key="register.note.save").click().run()
    shown = plain(at.error[0].value)
    assert "De titel van het signaal is leeg." in shown
    assert "het verhaal speelt in de regio" in shown
    assert at.text_area(key="register.note.signal_description").value == "Zonder titel"
    assert rows("select count(*) from note") == [(6,)]
    assert rows("select count(*) from signal") == [(2,)]


def test_clinical_words_get_a_gentle_suggestion_and_the_note_is_saved(db_path):
    at = fill_note(app_as("ervaringsdeskundige", PAGE), "De cliënt kwam voor het eerst.")
    at.button(key="register.note.save").click().run()
    assert not at.error
    assert any("inwoner of deelnemer" in i.value for i in at.info)
    assert rows("select count(*) from note") == [(7,)]


def test_my_entries_show_own_items_newest_first_with_edit_buttons_for_the_author(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    keys = [b.key for b in at.button if b.key and b.key.startswith("register.mine.")]
    assert keys == [
        "register.mine.activity.6.edit",
        "register.mine.activity.6.delete",
        "register.mine.activity.2.edit",
        "register.mine.activity.2.delete",
        "register.mine.activity.1.edit",
        "register.mine.activity.1.delete",
        "register.mine.note.2.edit",
        "register.mine.note.2.delete",
        "register.mine.note.1.edit",
        "register.mine.note.1.delete",
    ]
    bram = app_as("ervaringsdeskundige2", PAGE)
    bram_keys = {b.key for b in bram.button if b.key and b.key.startswith("register.mine.")}
    assert "register.mine.note.1.edit" not in bram_keys
    assert "register.mine.note.3.edit" in bram_keys


def test_author_edits_an_activity(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    at.button(key="register.mine.activity.6.edit").click().run()
    at.number_input(key="register.edit.activity.6.hours").set_value(3.0).run()
    at.button(key="register.edit.activity.6.save").click().run()
    assert not at.exception
    assert plain(at.success[0].value) == "Gewijzigd: inloop in Venlo, 8 inwoners (geschat), 3 uur"
    assert rows("select hours, version from activity where id = 6") == [(Decimal("3.00"), 2)]
    assert rows("select theme_code from activity_theme where activity_id = 6") == [("eenzaamheid",)]
    assert rows("select action, entity_id from audit_log") == [("update", "6")]


def test_author_deletes_a_note_after_confirming(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    at.button(key="register.mine.note.1.delete").click().run()
    assert rows("select count(*) from note where id = 1") == [(1,)]
    at.button(key="register.edit.note.1.confirm").click().run()
    assert not at.exception
    assert plain(at.success[0].value) == "Verhaal verwijderd."
    assert rows("select count(*) from note where id = 1") == [(0,)]
    # The signal the note supported stays; only the link went.
    assert rows("select count(*) from signal where id = 1") == [(1,)]
    assert "register.mine.note.1.edit" not in [b.key for b in at.button]


def test_note_edit_conflict_keeps_both_texts_and_a_second_save_wins(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    at.button(key="register.mine.note.2.edit").click().run()
    box = at.text_area(key="register.edit.note.2.body")
    assert box.value == "Alleen voor mezelf: het raakte me meer dan ik had verwacht."
    # Meanwhile the same note is changed elsewhere (another tab or device).
    stored = registration.NoteInput(
        dt.date(2025, 2, 10), 1, "GM0983", 1, "ik", "Tekst uit het andere venster.", "eigen"
    )
    registration.update_note(ANOUK, 2, 1, stored)
    at.text_area(key="register.edit.note.2.body").input("Mijn nieuwe tekst.").run()
    at.button(key="register.edit.note.2.save").click().run()
    assert not at.exception
    assert any("intussen gewijzigd" in w.value for w in at.warning)
    assert at.text_area(key="register.edit.note.2.body").value == "Mijn nieuwe tekst."
    assert "Tekst uit het andere venster\\." in [m.value for m in at.markdown]
    assert rows("select body, version from note where id = 2") == [
        ("Tekst uit het andere venster.", 2)
    ]
    at.button(key="register.edit.note.2.save").click().run()
    assert rows("select body, version from note where id = 2") == [("Mijn nieuwe tekst.", 3)]


def test_coordinator_registers_on_behalf_of_a_chosen_peer_expert(db_path):
    at = app_as("coordinator", PAGE)
    assert at.selectbox(key="register.peer_expert").options == ["Anouk", "Bram", "Chantal"]
    at.selectbox(key="register.peer_expert").set_value(2).run()
    # Defaults now come from Bram's last activity (regional training).
    assert at.selectbox(key="register.activity.municipality").value == ""
    assert at.selectbox(key="register.activity.type").value == "training"
    at = fill_activity(at, municipality="GM0988", type="een_op_een", form="individueel")
    at.button(key="register.activity.save").click().run()
    assert not at.error
    assert rows("select peer_expert_id, created_by from activity where id = 9") == [
        (2, "coordinator@pool.test")
    ]
    assert "voor Bram" in texts(at)
    assert "register.mine.activity.9.edit" in [b.key for b in at.button]


def test_editing_an_activity_keeps_its_finished_sub_assignment(db_path):
    run_sql(
        db_path,
        "update sub_assignment set status = 'afgerond', end_date = '2025-12-31' where id = 1",
    )
    at = app_as("ervaringsdeskundige", PAGE)
    at.button(key="register.mine.activity.6.edit").click().run()
    assert at.selectbox(key="register.edit.activity.6.sub_assignment").value == 1
    at.number_input(key="register.edit.activity.6.residents").set_value(9).run()
    at.button(key="register.edit.activity.6.save").click().run()
    assert not at.error
    assert rows("select sub_assignment_id, residents_reached from activity where id = 6") == [
        (1, 9)
    ]
