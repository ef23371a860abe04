import datetime as dt

import pytest

from monitor import contract_talks as ct
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError
from tests.conftest import run_sql

MAARTEN = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
ELLEN = Viewer(5, "beleid@regio.test", "Ellen", Role.ADVISORY_GROUP)
TODAY = dt.date(2026, 3, 1)


def _talk(**changes):
    base = {
        "talk_date": dt.date(2026, 2, 3),
        "municipalities": ["GM0983"],
        "discussion": "Verslag",
        "agreements": [
            ct.AgreementInput("Folder maken", "Coördinator", dt.date(2026, 4, 1), "actie")
        ],
        "deviations": [ct.DeviationInput("GM0988", "Vraag uit Weert", dt.date(2026, 1, 1))],
        "responses": [ct.SignalResponseInput(2, 1, "Wordt herzien")],
    }
    return ct.TalkInput(**{**base, **changes})


def _count(db_path, table):
    return run_sql(db_path, f"select count(*) from {table}")[0][0]


def test_a_talk_is_recorded_with_history_events_and_signal_response(db_path):
    talk_id = ct.record_talk(MAARTEN, _talk(), today=TODAY)
    detail = ct.talk_detail(talk_id)
    assert detail["municipalities"] == ["Venlo"]
    assert [a["kind"] for a in detail["agreements"]] == ["actie", "afwijking_verdeelsleutel"]
    assert detail["responses"][0]["response"] == "Wordt herzien"
    assert run_sql(db_path, "select agreement_id, event from agreement_event order by id") == [
        (2, "vastgelegd"),
        (3, "vastgelegd"),
    ]
    assert run_sql(db_path, "select signal_id, contract_talk_id from signal_discussion") == [
        (2, talk_id)
    ]


def test_only_the_contract_manager_records_talks(db_path):
    with pytest.raises(AccessDenied):
        ct.record_talk(ELLEN, _talk(), today=TODAY)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"talk_date": dt.date(2026, 5, 1)}, "De datum van het gesprek ligt in de toekomst"),
        ({"municipalities": ["GM9999"]}, "Onbekende gemeente(n): GM9999."),
        (
            {"agreements": [ct.AgreementInput("", "", None)]},
            "Afspraak 1: beschrijf wat is afgesproken.",
        ),
        (
            {"agreements": [ct.AgreementInput("x", "y", dt.date(2026, 1, 1))]},
            "Afspraak 1: de datum 'klaar op' ligt voor het gesprek.",
        ),
        (
            {"deviations": [ct.DeviationInput("", "r", dt.date(2026, 1, 1))]},
            "Afwijking 1: kies een gemeente.",
        ),
        (
            {
                "deviations": [
                    ct.DeviationInput("GM0988", "r", dt.date(2026, 1, 1), dt.date(2025, 1, 1))
                ]
            },
            "Afwijking 1: het einde van de periode ligt niet na het begin.",
        ),
        ({"discussion": "Bel haar op 06-12345678"}, "telefoonnummer"),
    ],
)
def test_invalid_talks_are_refused_with_a_dutch_message_and_nothing_changes(
    db_path, changes, message
):
    with pytest.raises(ValidationError) as refused:
        ct.record_talk(MAARTEN, _talk(**changes), today=TODAY)
    assert any(message in m for m in refused.value.messages), refused.value.messages
    assert _count(db_path, "contract_talk") == 1
    assert _count(db_path, "agreement") == 1


def test_a_stale_signal_version_rolls_back_the_whole_talk(db_path):
    with pytest.raises(ValidationError, match="intussen gewijzigd"):
        ct.record_talk(
            MAARTEN, _talk(responses=[ct.SignalResponseInput(2, 7, "Antwoord")]), today=TODAY
        )
    assert _count(db_path, "contract_talk") == 1
    assert _count(db_path, "agreement") == 1
    assert run_sql(db_path, "select status from signal where id = 2") == [("nieuw",)]


def test_an_answered_signal_cannot_be_answered_again_in_a_talk(db_path):
    with pytest.raises(ValidationError, match="al beantwoord"):
        ct.record_talk(
            MAARTEN, _talk(responses=[ct.SignalResponseInput(1, 1, "Nog eens")]), today=TODAY
        )


def test_closing_an_agreement_keeps_its_history_and_refuses_a_second_close(db_path):
    ct.add_progress(MAARTEN, 1, "Besproken met Beesel")
    ct.close_agreement(MAARTEN, 1, "Afwijking loopt af")
    assert ct.open_agreements() == []
    with pytest.raises(ValidationError, match="al afgerond"):
        ct.close_agreement(MAARTEN, 1, "Nog eens")
    with pytest.raises(ValidationError, match="Schrijf op wat er"):
        ct.close_agreement(MAARTEN, 1, "  ")
    assert run_sql(db_path, "select event from agreement_event order by id") == [
        ("voortgang",),
        ("afgerond",),
    ]


def test_the_form_ignores_empty_slots():
    talk = ct.talk_from_form(
        talk_date=TODAY,
        title="",
        municipalities=[],
        discussion="",
        agreements=[("afspraak", "", "", None), ("actie", "Bellen", "Carla", None)],
        deviations=[("", "", None, None)],
        responses=[(2, 1, "  "), (3, 1, "Antwoord")],
    )
    assert talk.agreements == [ct.AgreementInput("Bellen", "Carla", None, "actie")]
    assert talk.deviations == []
    assert talk.responses == [ct.SignalResponseInput(3, 1, "Antwoord")]
