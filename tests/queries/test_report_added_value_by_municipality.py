import datetime as dt

from monitor import db

YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}


def test_report_added_value_counts_tags_of_shared_notes_per_municipality(db_path):
    df = db.read("report_added_value_by_municipality", municipality=None, **YEAR)
    assert df.select("municipality_name", "tag_code", "notes").rows() == [
        ("Beesel", "laagdrempelig", 1),
        ("Beesel", "normalisering", 1),
        ("Beesel", "openheid", 1),
        ("Venlo", "laagdrempelig", 1),
        ("Venlo", "vertrouwen", 1),
        ("Regio", "gelijkwaardig", 1),
        ("Regio", "wederkerig", 1),
    ]


def test_report_added_value_for_a_municipality_keeps_its_own_and_regional_notes(db_path):
    df = db.read("report_added_value_by_municipality", municipality="GM0983", **YEAR)
    assert sorted(set(df.get_column("municipality_name").to_list())) == ["Regio", "Venlo"]
