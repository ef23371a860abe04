import datetime as dt

import pytest

from tests.conftest import app_as, run_sql, texts


def plain(at):
    return texts(at).replace("\\", "")


def test_prepare_tab_shows_the_pack_built_from_the_data(db_path):
    at = app_as("contractmanager", "pages/contract_talk.py")
    at.date_input(key="contract_talk.next_date").set_value(dt.date(2026, 1, 15)).run()
    at.selectbox(key="contract_talk.period").set_value("2025-H2").run()
    assert not at.exception
    shown = plain(at)
    headings = [s.value for s in at.subheader]
    assert "1. Wat er veranderde" in headings
    assert "2. Signalen die wachten op bespreking of antwoord" in headings
    assert "5. Inzet naast de verdeelsleutel" in headings
    assert "Contractgesprek najaar 2025 (1 oktober 2025)" in shown  # the previous talk
    tables = "\n".join(d.value.to_string() for d in at.dataframe)
    assert "1 september 2025" in tables  # the monitoring moment still to hold
    assert "Reële vraag uit de startbijeenkomst" in tables  # the agreed key deviation


def test_recording_a_talk_saves_agreement_deviation_and_signal_response(db_path):
    at = app_as("contractmanager", "pages/contract_talk.py")
    at.date_input(key="contract_talk.date").set_value(dt.date(2026, 2, 3))
    at.multiselect(key="contract_talk.municipalities").set_value(["GM0983", "GM0889"])
    at.text_area(key="contract_talk.discussion").set_value("Inloop en training besproken.")
    at.text_input(key="contract_talk.agreement_1_text").set_value("Avondinloop verkennen")
    at.text_input(key="contract_talk.agreement_1_owner").set_value("Coördinator")
    at.date_input(key="contract_talk.agreement_1_due").set_value(dt.date(2026, 6, 1))
    at.selectbox(key="contract_talk.deviation_1_municipality").set_value("GM0988")
    at.text_input(key="contract_talk.deviation_1_reason").set_value("Vraag vanuit de wijkteams")
    at.date_input(key="contract_talk.deviation_1_start").set_value(dt.date(2026, 1, 1))
    at.text_area(key="contract_talk.response_2").set_value("Het formulier wordt herzien.")
    at.button(key="contract_talk.save").click().run()
    assert not at.exception
    assert not at.error, [e.value for e in at.error]
    assert "Het contractgesprek van 3 februari 2026 is vastgelegd" in plain(at)
    talk = run_sql(db_path, "select id, title, discussion from contract_talk where id = 2")
    assert talk == [(2, "Contractgesprek 3 februari 2026", "Inloop en training besproken.")]
    assert run_sql(
        db_path,
        "select kind, description, owner, due_date, municipality_code, reason, period_start "
        "from agreement where contract_talk_id = 2 order by id",
    ) == [
        ("afspraak", "Avondinloop verkennen", "Coördinator", dt.date(2026, 6, 1), None, "", None),
        (
            "afwijking_verdeelsleutel",
            "Afwijking van de verdeelsleutel voor Weert",
            "",
            None,
            "GM0988",
            "Vraag vanuit de wijkteams",
            dt.date(2026, 1, 1),
        ),
    ]
    assert run_sql(db_path, "select status, response from signal where id = 2") == [
        ("beantwoord", "Het formulier wordt herzien.")
    ]
    assert run_sql(
        db_path, "select from_status, to_status from signal_event where signal_id = 2 order by id"
    ) == [("nieuw", "besproken"), ("besproken", "beantwoord")]
    assert run_sql(
        db_path,
        "select entity, action from audit_log where entity in ('contract_talk', 'agreement', "
        "'signal') order by id",
    ) == [
        ("agreement", "create"),
        ("agreement", "create"),
        ("signal", "update"),
        ("signal", "update"),
        ("contract_talk", "create"),
    ]


def test_an_incomplete_deviation_is_refused_and_nothing_is_saved(db_path):
    at = app_as("contractmanager", "pages/contract_talk.py")
    at.date_input(key="contract_talk.date").set_value(dt.date(2026, 2, 3))
    at.selectbox(key="contract_talk.deviation_1_municipality").set_value("GM0988")
    at.text_input(key="contract_talk.agreement_1_text").set_value("Zonder eigenaar")
    at.button(key="contract_talk.save").click().run()
    errors = [e.value for e in at.error]
    assert "Afwijking 1: geef de reden van de afwijking." in errors
    assert "Afwijking 1: kies het begin van de periode." in errors
    assert "Afspraak 1: wie is eigenaar?" in errors
    assert run_sql(db_path, "select count(*) from contract_talk") == [(1,)]


def test_follow_up_closes_an_agreement_with_its_outcome_in_the_history(db_path):
    at = app_as("contractmanager", "pages/contract_talk.py")
    at.text_input(key="contract_talk.progress_1").set_value("Eerste gesprek met Beesel gehad")
    at.button(key="contract_talk.add_progress_1").click().run()
    at.text_input(key="contract_talk.outcome_1").set_value("Inzet in Beesel verdubbeld")
    at.button(key="contract_talk.close_1").click().run()
    assert not at.exception
    assert "De afspraak is afgerond." in plain(at)
    assert run_sql(db_path, "select status, outcome from agreement where id = 1") == [
        ("afgerond", "Inzet in Beesel verdubbeld")
    ]
    assert run_sql(db_path, "select event, note from agreement_event order by id") == [
        ("voortgang", "Eerste gesprek met Beesel gehad"),
        ("afgerond", "Inzet in Beesel verdubbeld"),
    ]


def test_past_talks_are_readable_as_recorded_and_read_only_for_the_advisory_group(db_path):
    at = app_as("begeleidingsgroep", "pages/contract_talk.py")
    assert not at.exception
    shown = plain(at)
    assert "Alleen de contractmanager legt contractgesprekken vast" in shown
    assert "Besproken: inloop Venlo en training wijkteams." in shown
    assert "Vertegenwoordigd (3 van 14):" in shown
    assert not [b for b in at.button if str(b.key).startswith("contract_talk.close_")]


def test_municipal_delegates_and_peer_experts_do_not_get_the_page(db_path):
    for user in ("gemeente", "ervaringsdeskundige"):
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            app_as(user, "pages/contract_talk.py")
