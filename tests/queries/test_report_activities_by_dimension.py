import datetime as dt

from monitor import db

H2 = {"start": dt.date(2025, 7, 1), "end": dt.date(2026, 1, 1)}


def test_report_activities_by_dimension_for_the_region(db_path):
    df = db.read("report_activities_by_dimension", municipality=None, **H2)
    assert df.rows() == [
        ("type", "Inloop", 1, 2.5, 8),
        ("type", "Zelfregiegroep", 1, 2.0, 4),
        ("type", "Training/voorlichting", 1, 3.5, 15),
        ("rol", "Directe ondersteuning van inwoners", 2, 4.5, 12),
        ("rol", "Invloed en deskundigheid", 1, 3.5, 15),
        ("vorm", "Groep", 2, 5.5, 19),
        ("vorm", "Open (inloop)", 1, 2.5, 8),
        ("vindplek", "Buurthuis of ontmoetingsplek", 2, 4.5, 12),
        ("vindplek", "Welzijnsorganisatie", 1, 3.5, 15),
        ("zorgrelatie", "Naast professionele zorg", 1, 2.5, 8),
        ("zorgrelatie", "Nazorg", 1, 2.0, 4),
        ("zorgrelatie", "Niet van toepassing of onbekend", 1, 3.5, 15),
    ]


def test_report_activities_by_dimension_for_one_municipality_only_counts_its_own(db_path):
    df = db.read("report_activities_by_dimension", municipality="GM0889", **H2)
    assert df.filter(df["dimension"] == "type").rows() == [("type", "Zelfregiegroep", 1, 2.0, 4)]
    assert df.height == 5
