import datetime as dt

from monitor import db


def test_report_sub_assignment_results_count_what_happened_in_the_period(db_path):
    df = db.read(
        "report_sub_assignment_results",
        start=dt.date(2025, 7, 1),
        end=dt.date(2026, 1, 1),
        municipality=None,
    )
    assert df.select(
        "id", "title", "municipality_name", "activities", "hours", "residents_reached", "notes"
    ).rows() == [
        (3, "Herstelgroep Beesel", "Beesel", 1, 2.0, 4, 1),
        (1, "Inloop Venlo-Oost", "Venlo", 1, 2.5, 8, 0),
        (2, "Training wijkteams regio", "Regio", 1, 3.5, 15, 1),
    ]
    assert df.item(1, "goals") == "Een vaste plek waar inwoners zonder afspraak binnenlopen"
    assert df.item(1, "monitoring_method") == "Verhalen en aantallen per maand"


def test_report_sub_assignment_results_for_a_municipality_include_regional_ones(db_path):
    df = db.read(
        "report_sub_assignment_results",
        start=dt.date(2025, 7, 1),
        end=dt.date(2026, 1, 1),
        municipality="GM0983",
    )
    assert df.get_column("id").to_list() == [1, 2]


def test_private_notes_do_not_count_for_a_sub_assignment(db_path):
    df = db.read(
        "report_sub_assignment_results",
        start=dt.date(2025, 1, 1),
        end=dt.date(2025, 7, 1),
        municipality="GM0983",
    )
    # Note 2 of the inloop is 'eigen'; only note 1 counts.
    assert df.filter(df["id"] == 1).item(0, "notes") == 1
