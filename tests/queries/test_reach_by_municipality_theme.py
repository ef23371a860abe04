import datetime as dt

from monitor import db
from tests.conftest import run_sql

H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}
YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}
NO_FILTERS = {"municipalities": [], "themes": [], "activity_types": [], "forms": []}


def rows(**params):
    return db.read("reach_by_municipality_theme", **{**NO_FILTERS, **params}).rows()


def test_reach_2025_h1_has_cells_true_totals_and_the_region(db_path):
    # Activities 1-5. Activity 1 (Venlo, 12 estimated) has two themes: it counts under both,
    # but once in Venlo's total (13 = 12 + 1, not 25).
    assert rows(**H1) == [
        ("all", None, None, 5, 38, 12),
        ("cell", "GM0889", "psychische_kwetsbaarheid", 1, 3, 0),
        ("cell", "GM0983", "armoede_schulden", 2, 13, 12),
        ("cell", "GM0983", "eenzaamheid", 1, 12, 12),
        ("cell", "GM0988", "werk_meedoen", 1, 2, 0),
        ("cell", "regio", "stigma", 1, 20, 0),
        ("municipality", "GM0889", None, 1, 3, 0),
        ("municipality", "GM0983", None, 2, 13, 12),
        ("municipality", "GM0988", None, 1, 2, 0),
        ("municipality", "regio", None, 1, 20, 0),
        ("theme", None, "armoede_schulden", 2, 13, 12),
        ("theme", None, "eenzaamheid", 1, 12, 12),
        ("theme", None, "psychische_kwetsbaarheid", 1, 3, 0),
        ("theme", None, "stigma", 1, 20, 0),
        ("theme", None, "werk_meedoen", 1, 2, 0),
    ]


def test_reach_filters_on_form(db_path):
    # Open activities in 2025: 1 (12, eenzaamheid + armoede) and 6 (8, eenzaamheid), both Venlo.
    assert rows(**YEAR, forms=["open"]) == [
        ("all", None, None, 2, 20, 20),
        ("cell", "GM0983", "armoede_schulden", 1, 12, 12),
        ("cell", "GM0983", "eenzaamheid", 2, 20, 20),
        ("municipality", "GM0983", None, 2, 20, 20),
        ("theme", None, "armoede_schulden", 1, 12, 12),
        ("theme", None, "eenzaamheid", 2, 20, 20),
    ]


def test_reach_theme_filter_keeps_only_chosen_theme_and_counts_the_activity_once(db_path):
    assert rows(**H1, themes=["eenzaamheid"]) == [
        ("all", None, None, 1, 12, 12),
        ("cell", "GM0983", "eenzaamheid", 1, 12, 12),
        ("municipality", "GM0983", None, 1, 12, 12),
        ("theme", None, "eenzaamheid", 1, 12, 12),
    ]


def test_reach_filters_on_the_region_and_activity_type(db_path):
    # The two regional trainings of 2025: 20 + 15 residents.
    assert rows(**YEAR, municipalities=["regio"], activity_types=["training"]) == [
        ("all", None, None, 2, 35, 0),
        ("cell", "regio", "stigma", 2, 35, 0),
        ("municipality", "regio", None, 2, 35, 0),
        ("theme", None, "stigma", 2, 35, 0),
    ]
    assert rows(**YEAR, municipalities=["GM0889"], activity_types=["training"]) == [
        ("all", None, None, 0, 0, 0)
    ]


def test_reach_puts_activities_without_a_theme_under_zonder_thema(db_path):
    run_sql(
        db_path,
        "insert into activity (activity_date, peer_expert_id, municipality_code, "
        "activity_type_code, form, residents_reached, hours, created_by) values "
        "('2025-08-01', 1, 'GM0907', 'groep', 'groep', 7, 2.0, 'test')",
    )
    found = rows(**YEAR, municipalities=["GM0907"])
    assert found == [
        ("all", None, None, 1, 7, 0),
        ("cell", "GM0907", "zonder_thema", 1, 7, 0),
        ("municipality", "GM0907", None, 1, 7, 0),
        ("theme", None, "zonder_thema", 1, 7, 0),
    ]
    # A theme filter leaves it out.
    assert rows(**YEAR, municipalities=["GM0907"], themes=["stigma"]) == [
        ("all", None, None, 0, 0, 0)
    ]
