import datetime as dt

from monitor import db

H2_2025 = {"start": dt.date(2025, 7, 1), "end": dt.date(2026, 1, 1)}


def test_coverage_by_municipality_has_fourteen_municipalities_and_the_region(db_path):
    df = db.read("coverage_by_municipality", **H2_2025)
    assert df.height == 15
    assert df.get_column("municipality_name").to_list()[-1] == "Regio"
    rows = {r[1]: r[3:] for r in df.rows() if r[3] or r[4] or r[5]}
    assert rows == {
        "Beesel": (1, 0, 1, ["Buurthuis of ontmoetingsplek"]),
        "Venlo": (1, 1, 1, ["Buurthuis of ontmoetingsplek"]),
        "Venray": (0, 1, 0, []),
        "Weert": (0, 1, 0, []),
        "Regio": (1, 0, 1, ["Welzijnsorganisatie"]),
    }
    gennep = df.filter(df.get_column("municipality_code") == "GM0907").row(0, named=True)
    assert gennep["active_sub_assignments"] == 0
    assert gennep["settings"] == []


def test_coverage_by_municipality_follows_the_period(db_path):
    df = db.read("coverage_by_municipality", start=dt.date(2024, 1, 1), end=dt.date(2024, 7, 1))
    rows = {r[1]: r[3:6] for r in df.rows() if r[3] or r[4] or r[5]}
    # Only sub-assignment 1 had started; Chantal (Venray) started on 2024-06-01.
    assert rows == {"Venlo": (1, 1, 0), "Weert": (0, 1, 0), "Venray": (0, 1, 0)}
    df = db.read("coverage_by_municipality", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1))
    weert = df.filter(df.get_column("municipality_code") == "GM0988").row(0, named=True)
    assert (weert["peer_experts_working"], weert["settings"]) == (1, ["Spreekuur gemeente"])
