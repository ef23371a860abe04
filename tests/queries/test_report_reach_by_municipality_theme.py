import datetime as dt

from monitor import db


def test_report_reach_counts_residents_per_theme_with_regio_last(db_path):
    df = db.read(
        "report_reach_by_municipality_theme", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1)
    )
    assert df.select(
        "municipality_name", "theme_code", "activities", "residents_reached"
    ).rows() == [
        ("Beesel", "psychische_kwetsbaarheid", 1, 3),
        ("Venlo", "armoede_schulden", 2, 13),
        ("Venlo", "eenzaamheid", 1, 12),
        ("Weert", "werk_meedoen", 1, 2),
        ("Regio", "stigma", 1, 20),
    ]
