import datetime as dt

import pytest

from monitor import db, kickoffs
from monitor.access import AccessDenied, Role, Viewer
from monitor.kickoffs import KickoffInput, NeedInput
from monitor.validation import ValidationError

D = dt.date
TODAY = D(2025, 6, 1)
CARLA = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
MAARTEN = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (KickoffInput("GM9999", "gepland", D(2025, 1, 1)), "Kies een van de 14 gemeenten van de regio."),
        (KickoffInput("GM0983", "afgelast"), "Kies een geldige stand van de startbijeenkomst."),
        (KickoffInput("GM0983", "gepland"), "Vul de geplande datum in."),
        (KickoffInput("GM0983", "gehouden"), "Vul de datum in waarop de startbijeenkomst is gehouden."),
        (KickoffInput("GM0983", "gehouden", None, D(2025, 6, 2)), "Een startbijeenkomst kan niet in de toekomst gehouden zijn."),
        (KickoffInput("GM0983", "gepland", D(2025, 7, 1), D(2025, 5, 1)), "Een datum van houden past alleen bij de stand 'Gehouden'."),
    ],
)  # fmt: skip
def test_kickoff_validation_messages(data, message):
    with pytest.raises(ValidationError) as e:
        kickoffs.validate_kickoff(data, {"GM0983"}, TODAY)
    assert e.value.messages == [message]


def test_only_the_coordinator_records_kickoffs_and_changes_are_audited(db_path):
    with pytest.raises(AccessDenied):
        kickoffs.save_kickoff(MAARTEN, KickoffInput("GM0983", "gepland", D(2025, 7, 1)), TODAY)
    first = kickoffs.save_kickoff(CARLA, KickoffInput("GM0983", "gepland", D(2025, 7, 1)), TODAY)
    with pytest.raises(ValidationError, match="niets gewijzigd"):
        kickoffs.save_kickoff(CARLA, KickoffInput("GM0983", "gepland", D(2025, 7, 1)), TODAY)
    again = kickoffs.save_kickoff(
        CARLA, KickoffInput("GM0983", "gehouden", D(2025, 7, 1), D(2025, 5, 30)), TODAY
    )
    assert first == again == 1
    cur = db.connection().cursor()
    rows = cur.execute(
        "select action from audit_log where entity = 'kickoff' order by id"
    ).fetchall()
    cur.close()
    assert rows == [("create",), ("update",)]


def test_a_need_can_only_become_a_sub_assignment_of_its_municipality_or_the_region(db_path):
    need = NeedInput("GM0983", "inloop", "eenzaamheid", "Inloop in Oost")
    with pytest.raises(ValidationError, match="Leg eerst de startbijeenkomst"):
        kickoffs.save_need(CARLA, None, need)
    kickoffs.save_kickoff(CARLA, KickoffInput("GM0983", "gehouden", None, D(2025, 5, 1)), TODAY)
    need_id = kickoffs.save_need(CARLA, None, need)
    with pytest.raises(ValidationError) as e:
        kickoffs.save_need(
            CARLA, need_id, NeedInput("GM0983", "inloop", "eenzaamheid", "x", None, 3)
        )
    assert e.value.messages == [
        "Deze deelopdracht hoort bij een andere gemeente; kies een deelopdracht van deze "
        "gemeente of van de regio."
    ]
    with pytest.raises(ValidationError) as e:
        kickoffs.save_need(CARLA, need_id, NeedInput("GM0983", "dansen", "geluk", " ", "maan", 99))
    assert e.value.messages == [
        "Beschrijf de behoefte.",
        "Kies een rol.",
        "Kies een thema.",
        "Kies een geldige vindplek.",
        "Deze deelopdracht bestaat niet.",
    ]
    kickoffs.save_need(
        CARLA, need_id, NeedInput("GM0983", "inloop", "eenzaamheid", "Inloop", None, 2)
    )
    df = db.read("kickoff_needs_by_municipality", municipality="GM0983")
    assert df.select("description", "sub_assignment_title").rows() == [
        ("Inloop", "Training wijkteams regio")
    ]
