import datetime as dt

import polars as pl
import pytest

from monitor import db, privacy, sub_assignments
from monitor.access import AccessDenied, Role, Viewer
from monitor.sub_assignments import SubAssignmentInput
from monitor.validation import ValidationError

D = dt.date
CARLA = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
MAARTEN = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
VENLO = Viewer(6, "venlo@gemeente.test", "Venlo", Role.MUNICIPALITY, municipality_code="GM0983")
VOCAB = {
    "municipality": {"GM0983": "Venlo"},
    "theme": {"stigma": "Stigma"},
    "role": {"inloop": "Inloop"},
    "goal": {"groei_pool": "Groei"},
}
GOOD = SubAssignmentInput(
    title="Spreekuur",
    goals="Doel",
    monitoring_method="Methode",
    frequency="per_kwartaal",
    accountability="Verslag",
    start_date=D(2025, 1, 1),
)


def errors(data):
    with pytest.raises(ValidationError) as e:
        sub_assignments.validate(data, VOCAB)
    return e.value.messages


def replace(**changes):
    return SubAssignmentInput(**{**GOOD.__dict__, **changes})


def test_a_valid_sub_assignment_passes():
    sub_assignments.validate(GOOD, VOCAB)
    sub_assignments.validate(replace(municipality_code="GM0983", end_date=D(2025, 1, 2)), VOCAB)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": ""}, "Geef de deelopdracht een titel."),
        ({"title": "x" * 201}, "De titel is te lang (hoogstens 200 tekens)."),
        ({"goals": ""}, "Beschrijf de eigen doelen van de deelopdracht."),
        ({"monitoring_method": ""}, "Beschrijf de wijze van monitoring."),
        ({"accountability": ""}, "Beschrijf de wijze van verantwoording."),
        ({"signs": "x" * 5001}, "De tekst bij 'Waar merken we het aan?' is te lang (hoogstens 5.000 tekens)."),
        ({"frequency": "wekelijks"}, "Kies een geldige frequentie: maandelijks, per kwartaal, halfjaarlijks, jaarlijks of anders."),
        ({"status": "lopend"}, "Kies een geldige status."),
        ({"start_date": None}, "Vul een startdatum in."),
        ({"start_date": D(2023, 12, 31)}, "De startdatum ligt vóór de start van het contract (1 januari 2024)."),
        ({"end_date": D(2024, 12, 31)}, "De einddatum moet na de startdatum liggen."),
        ({"end_date": D(2025, 1, 1)}, "De einddatum moet na de startdatum liggen."),
        ({"status": "gestopt"}, "Een afgeronde of gestopte deelopdracht heeft een einddatum."),
        ({"municipality_code": "GM0363"}, "Kies een van de 14 gemeenten van de regio, of 'Regio' voor regionale inzet."),
        ({"theme_codes": ("stigma", "ruzie")}, "Onbekend thema: ruzie."),
        ({"role_codes": ("zwemmen",)}, "Onbekend rol: zwemmen."),
        ({"goal_codes": ("winst",)}, "Onbekend ontwikkeldoel: winst."),
    ],
)  # fmt: skip
def test_each_invalid_field_has_its_own_dutch_message(changes, message):
    assert errors(replace(**changes)) == [message]


def test_create_is_for_coordinator_and_contract_manager_only(db_path):
    with pytest.raises(AccessDenied):
        sub_assignments.create(VENLO, GOOD)
    assert sub_assignments.create(MAARTEN, replace(theme_codes=("stigma", "stigma"))) == 4
    row = db.read("sub_assignment_detail", id=4).row(0, named=True)
    assert row["theme_codes"] == ["stigma"]


def test_update_keeps_earlier_terms_only_when_the_terms_changed(db_path):
    detail = db.read("sub_assignment_detail", id=3).row(0, named=True)
    current = SubAssignmentInput(
        **{k: detail[k] for k in sub_assignments.SubAssignmentInput.__dataclass_fields__
           if not k.endswith("_codes")},
        theme_codes=tuple(detail["theme_codes"]),
        role_codes=tuple(detail["role_codes"]),
        goal_codes=tuple(detail["goal_codes"]),
    )  # fmt: skip
    with pytest.raises(ValidationError, match=r"Er is niets gewijzigd\."):
        sub_assignments.update(CARLA, 3, 1, current)
    sub_assignments.update(
        CARLA, 3, 1, SubAssignmentInput(**{**current.__dict__, "title": "Herstelgroep"})
    )
    assert db.read("sub_assignment_versions", id=3).height == 1  # only the title changed
    changed = SubAssignmentInput(**{**current.__dict__, "goals": "Nieuw doel"})
    with pytest.raises(ValidationError, match="intussen gewijzigd"):
        sub_assignments.update(CARLA, 3, 1, changed)  # someone else saved version 2 meanwhile
    sub_assignments.update(CARLA, 3, 2, changed)
    versions = db.read("sub_assignment_versions", id=3)
    assert versions.select("version", "goals").rows() == [
        (3, "Nieuw doel"),
        (2, "Inwoners vinden steun bij elkaar"),
    ]
    with pytest.raises(ValidationError, match="ligt vast"):
        sub_assignments.update(
            CARLA, 3, 3, SubAssignmentInput(**{**changed.__dict__, "municipality_code": "GM0983"})
        )


def test_record_reflection_refuses_what_is_not_an_open_moment(db_path):
    today = D(2025, 10, 1)

    def refused(**kwargs):
        args = {"due_date": D(2025, 9, 1), "held_date": D(2025, 9, 2), "reflection": "Goed"}
        with pytest.raises(ValidationError) as e:
            sub_assignments.record_reflection(CARLA, 1, **{**args, **kwargs}, today=today)
        return e.value.messages

    assert refused(due_date=D(2025, 6, 1)) == [
        "Dit is geen open monitoringsmoment van deze deelopdracht."
    ]
    assert refused(due_date=D(2025, 8, 1)) == [
        "Dit is geen open monitoringsmoment van deze deelopdracht."
    ]
    assert refused(held_date=D(2025, 10, 2)) == [
        "Een moment kan niet in de toekomst gehouden zijn."
    ]
    assert refused(held_date=D(2024, 1, 1)) == [
        "Het moment kan niet vóór de start van de deelopdracht gehouden zijn."
    ]
    assert refused(note_ids=[2]) == [
        "Koppel alleen verhalen van deze deelopdracht die u kunt lezen."
    ]
    assert refused(reflection="   ") == [
        "Schrijf een korte reflectie op de eigen doelen van de deelopdracht."
    ]
    with pytest.raises(AccessDenied):
        sub_assignments.record_reflection(
            VENLO, 1, due_date=D(2025, 9, 1), held_date=D(2025, 9, 2), reflection="x", today=today
        )


def test_the_next_planned_moment_can_be_held_early_and_an_other_frequency_any_day(db_path):
    today = D(2025, 11, 20)
    moment = sub_assignments.record_reflection(
        CARLA,
        1,
        due_date=D(2025, 12, 1),
        held_date=D(2025, 11, 19),
        reflection="Vroeg",
        today=today,
    )
    assert moment == 3
    cur = db.connection().cursor()
    cur.execute("update sub_assignment set frequency = 'anders' where id = 3").fetchall()
    cur.close()
    assert (
        sub_assignments.record_reflection(
            MAARTEN,
            3,
            due_date=D(2025, 4, 17),
            held_date=D(2025, 4, 17),
            reflection="Los",
            today=today,
        )
        == 4
    )
    with pytest.raises(ValidationError, match=r"Dit moment is al besproken op 17 april 2025\."):
        sub_assignments.record_reflection(
            MAARTEN, 3, due_date=D(2025, 4, 17), held_date=D(2025, 4, 18), reflection="Nog eens",
            today=today,
        )  # fmt: skip


def monthly(*rows):
    return pl.DataFrame(
        rows,
        schema={"month": pl.Date, "activities": pl.Int64, "hours": pl.Float64,
                "residents_reached": pl.Int64, "residents_estimated": pl.Int64},
        orient="row",
    )  # fmt: skip


def test_activity_over_time_fills_quiet_periods_across_the_year_end():
    df = monthly((D(2024, 11, 1), 2, 3.0, 7, 0), (D(2025, 2, 1), 1, 1.5, 1, 0))
    quarters = sub_assignments.activity_over_time(df, "quarter", D(2024, 10, 15), D(2025, 3, 31))
    assert quarters.select("label", "activities", "hours", "residents_reached").rows() == [
        ("K4 2024", 2, 3.0, 7),
        ("K1 2025", 1, 1.5, 1),
    ]
    months = sub_assignments.activity_over_time(df, "month", D(2024, 12, 31), D(2025, 1, 1))
    assert months.get_column("label").to_list() == ["nov 2024", "dec 2024", "jan 2025", "feb 2025"]
    assert months.get_column("activities").to_list() == [2, 0, 0, 1]


def test_activity_table_suppresses_small_counts_with_a_second_cell_when_a_total_shows_them():
    df = sub_assignments.activity_over_time(
        monthly((D(2025, 1, 1), 6, 3.0, 12, 0), (D(2025, 2, 1), 1, 1.5, 2, 0), (D(2025, 3, 1), 7, 1.0, 9, 0)),
        "month", D(2025, 1, 1), D(2025, 3, 1),
    )  # fmt: skip
    shown = sub_assignments.activity_table(df, suppress=True)
    assert shown.rows() == [
        ("jan 2025", "×", "3", "12"),
        ("feb 2025", "<5", "1,5", "<5"),
        ("mrt 2025", "7", "1", "×"),
        ("Totaal", "14", "5,5", "23"),
    ]
    assert sub_assignments.activity_table(df, suppress=False).rows()[1] == (
        "feb 2025",
        "1",
        "1,5",
        "2",
    )
    masks = sub_assignments.count_masks(df, suppress=True)
    assert masks["activities"] == [privacy.Mask.SECONDARY, privacy.Mask.PRIMARY, privacy.Mask.SHOWN]


def test_joined_reads_as_dutch():
    assert sub_assignments.joined([]) == "–"
    assert sub_assignments.joined(["a"]) == "a"
    assert sub_assignments.joined(["a", "b", "c"]) == "a, b en c"
