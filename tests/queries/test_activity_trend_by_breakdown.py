import datetime as dt

from monitor import db

D = dt.date
YEAR = {"start": D(2025, 1, 1), "end": D(2026, 1, 1)}


def rows(grain, breakdown, **period):
    return db.read(
        "activity_trend_by_breakdown", **(period or YEAR), grain=grain, breakdown=breakdown
    ).rows()


def test_per_quarter_by_theme_counts_multi_theme_activities_once_in_the_total(db_path):
    assert rows("quarter", "theme") == [
        (D(2025, 1, 1), False, "armoede_schulden", 2, 4.5, 13),
        (D(2025, 1, 1), False, "eenzaamheid", 1, 3.0, 12),
        (D(2025, 1, 1), False, "stigma", 1, 4.0, 20),
        (D(2025, 1, 1), False, "werk_meedoen", 1, 1.0, 2),
        (D(2025, 1, 1), True, None, 4, 9.5, 35),
        (D(2025, 4, 1), False, "psychische_kwetsbaarheid", 1, 2.0, 3),
        (D(2025, 4, 1), True, None, 1, 2.0, 3),
        (D(2025, 7, 1), False, "eenzaamheid", 1, 2.5, 8),
        (D(2025, 7, 1), False, "psychische_kwetsbaarheid", 1, 2.0, 4),
        (D(2025, 7, 1), True, None, 2, 4.5, 12),
        (D(2025, 10, 1), False, "stigma", 1, 3.5, 15),
        (D(2025, 10, 1), True, None, 1, 3.5, 15),
    ]


def test_per_half_year_by_municipality_with_the_region(db_path):
    assert rows("half_year", "municipality") == [
        (D(2025, 1, 1), False, "GM0889", 1, 2.0, 3),
        (D(2025, 1, 1), False, "GM0983", 2, 4.5, 13),
        (D(2025, 1, 1), False, "GM0988", 1, 1.0, 2),
        (D(2025, 1, 1), False, "regio", 1, 4.0, 20),
        (D(2025, 1, 1), True, None, 5, 11.5, 38),
        (D(2025, 7, 1), False, "GM0889", 1, 2.0, 4),
        (D(2025, 7, 1), False, "GM0983", 1, 2.5, 8),
        (D(2025, 7, 1), False, "regio", 1, 3.5, 15),
        (D(2025, 7, 1), True, None, 3, 8.0, 27),
    ]


def test_per_month_by_form_and_the_boundaries_of_the_period(db_path):
    h2 = {"start": D(2025, 7, 1), "end": D(2026, 1, 1)}
    assert rows("month", "form", **h2) == [
        (D(2025, 7, 1), False, "open", 1, 2.5, 8),
        (D(2025, 7, 1), True, None, 1, 2.5, 8),
        (D(2025, 9, 1), False, "groep", 1, 2.0, 4),
        (D(2025, 9, 1), True, None, 1, 2.0, 4),
        (D(2025, 12, 1), False, "groep", 1, 3.5, 15),
        (D(2025, 12, 1), True, None, 1, 3.5, 15),
    ]


def test_by_activity_type_sub_assignment_and_care_relation(db_path):
    h1 = {"start": D(2025, 1, 1), "end": D(2025, 7, 1)}
    parts = [r[2:4] for r in rows("half_year", "activity_type", **h1) if not r[1]]
    assert parts == [("een_op_een", 2), ("inloop", 1), ("training", 1), ("zelfregiegroep", 1)]
    parts = [r[2:4] for r in rows("half_year", "sub_assignment", **h1) if not r[1]]
    # Activity 5 (Weert) has no sub-assignment.
    assert parts == [("1", 2), ("2", 1), ("3", 1), ("geen", 1)]
    parts = [r[2:4] for r in rows("half_year", "care_relation", **h1) if not r[1]]
    # The regional training has no relation to professional care recorded.
    assert parts == [("naast", 2), ("nazorg", 1), ("onbekend", 1), ("ter_voorkoming_van", 1)]


def test_unknown_breakdown_returns_only_totals(db_path):
    assert all(r[1] for r in rows("half_year", "nonsense"))
