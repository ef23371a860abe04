import datetime as dt

from monitor import db


def test_report_theme_shares_compare_with_the_previous_half_year(db_path):
    df = db.read(
        "report_theme_shares_by_period",
        start=dt.date(2025, 7, 1),
        end=dt.date(2026, 1, 1),
        previous_start=dt.date(2025, 1, 1),
        municipality=None,
    )
    assert df.select("theme_code", "activities", "activities_previous").rows() == [
        ("eenzaamheid", 1, 1),
        ("psychische_kwetsbaarheid", 1, 1),
        ("stigma", 1, 1),
        ("armoede_schulden", 0, 2),
        ("werk_meedoen", 0, 1),
    ]


def test_report_theme_shares_for_one_municipality(db_path):
    df = db.read(
        "report_theme_shares_by_period",
        start=dt.date(2025, 7, 1),
        end=dt.date(2026, 1, 1),
        previous_start=dt.date(2025, 1, 1),
        municipality="GM0983",
    )
    assert df.select("theme_code", "activities", "activities_previous").rows() == [
        ("eenzaamheid", 1, 1),
        ("armoede_schulden", 0, 2),
    ]
