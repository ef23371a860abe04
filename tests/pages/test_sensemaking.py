import pytest

from tests.conftest import app_as, run_sql, texts
from tests.queries.sensemaking_setup import finished_round


def test_coordinator_opens_a_story_round_from_the_page(db_path):
    at = app_as("coordinator", "pages/sensemaking.py")
    assert not at.exception
    at.selectbox(key="sensemaking.round_period").set_value("2025-H2").run()
    at.multiselect(key="sensemaking.domains.meerwaarde").set_value(["laagdrempelig", "openheid"])
    next(b for b in at.button if b.label == "Ronde openen").click().run()
    assert not at.exception
    assert "De verhalenronde is geopend." in texts(at)
    assert "Domeinen: Laagdrempelig, Openheid" in texts(at)


def test_a_peer_expert_proposes_a_quotable_note_and_later_sees_why_it_was_chosen(db_path):
    run_sql(
        db_path,
        "insert into story_round (period, domain_kind, opened_by) values "
        "('2025-H1', 'meerwaarde', 't'); "
        "insert into story_round_domain values (1, 'vertrouwen')",
    )
    at = app_as("ervaringsdeskundige", "pages/sensemaking.py")
    at.selectbox(key="sensemaking.round_period").set_value("2025-H1").run()
    assert at.selectbox(key="sensemaking.propose_note").options  # own quotable note offered
    next(b for b in at.button if b.label == "Voorstellen").click().run()
    assert not at.exception
    assert "Uw verhaal is voorgesteld." in texts(at)


def test_the_advisory_group_selects_with_a_reason_and_the_reason_is_shown(db_path):
    finished_round()
    at = app_as("ervaringsdeskundige", "pages/sensemaking.py")
    at.selectbox(key="sensemaking.round_period").set_value("2025-H1").run()
    shown = texts(at)
    assert "Uw gekozen verhalen en waarom" in shown
    assert "Waarom\\: Vertrouwen groeit hier zichtbaar" in shown


def test_a_selection_without_reason_is_refused_on_the_page(db_path):
    run_sql(
        db_path,
        """
        insert into story_round (period, domain_kind, status, opened_by) values ('2025-H1', 'meerwaarde', 'selecteren', 't');
        insert into story_round_domain values (1, 'vertrouwen');
        insert into story_proposal (story_round_id, note_id, domain_code, proposed_by) values (1, 1, 'vertrouwen', 1);
    """,
    )
    at = app_as("begeleidingsgroep", "pages/sensemaking.py")
    at.selectbox(key="sensemaking.round_period").set_value("2025-H1").run()
    at.button(key="sensemaking.select.1").click().run()
    assert "Vul waarom dit verhaal is gekozen in." in [e.value for e in at.error]
    at.text_area(key="sensemaking.reason.1").input("Het laat zien wat vertrouwen doet.")
    at.button(key="sensemaking.select.1").click().run()
    assert "Gekozen; de reden gaat terug naar de schrijver." in texts(at)


def test_contract_manager_marks_a_half_year_definitive(db_path):
    at = app_as("contractmanager", "pages/sensemaking.py")
    at.selectbox(key="sensemaking.status_period").set_value("2025-H1")
    next(b for b in at.button if b.label == "Status vastleggen").click().run()
    assert not at.exception
    assert "Eerste halfjaar 2025: **definitief**" in texts(at)


def test_trend_annotation_needs_two_interpretations_on_the_page(db_path):
    run_sql(
        db_path,
        "insert into trend_annotation (context, period, subject, observation, created_by) "
        "values ('trends', '2026-H2', 'Inloop', 'Meer bezoekers', 'Ellen')",
    )
    at = app_as("begeleidingsgroep", "pages/sensemaking.py")
    shown = texts(at)
    assert "Nog geen twee duidingen" in shown
    at.text_input(key="duiding.alle.extra.1").input("Het is winter")
    at.button(key="duiding.alle.add.1").click().run()
    assert "Het is winter" in texts(at)


def test_municipal_delegates_do_not_get_this_page(db_path):
    at = app_as("gemeente")
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        at.switch_page("pages/sensemaking.py")


def test_trends_report_and_wat_komt_op_pages_carry_the_interpretation_panel(db_path):
    run_sql(
        db_path,
        "insert into trend_annotation (context, period, subject, observation, created_by) "
        "values ('rapport', '2026-H1', 'Signalen over wonen', 'Vaker genoemd', 'Ellen')",
    )
    at = app_as("begeleidingsgroep", "pages/trends.py")
    assert not at.exception
    assert "Duiding bij deze trend" in texts(at)
    at = app_as("contractmanager", "pages/report.py")
    assert not at.exception
    assert "Signalen over wonen\\: Vaker genoemd" in texts(at)


def test_the_author_reads_why_whichever_half_year_the_page_shows(db_path):
    finished_round()
    at = app_as("ervaringsdeskundige", "pages/sensemaking.py")
    at.selectbox(key="sensemaking.round_period").set_value("2026-H2").run()  # no round here
    shown = texts(at)
    assert "Voor dit halfjaar is nog geen verhalenronde geopend." in shown
    assert "Waarom\\: Vertrouwen groeit hier zichtbaar" in shown
