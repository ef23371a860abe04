import datetime as dt

from monitor import db

H2 = {"start": dt.date(2025, 7, 1), "end": dt.date(2026, 1, 1)}


def test_report_deployment_has_all_14_municipalities_with_key_and_regio_last(db_path):
    df = db.read("report_deployment_by_municipality", **H2)
    assert df.height == 15
    assert df.get_column("municipality_name").to_list()[-1] == "Regio"
    rows = {r["municipality_name"]: r for r in df.to_dicts()}
    assert rows["Venlo"] | {} == {
        "municipality_code": "GM0983",
        "municipality_name": "Venlo",
        "subregion": "Noord-Limburg",
        "key_share_pct": 28.47,
        "activities": 1,
        "hours": 2.5,
        "residents_reached": 8,
        "peer_experts": 1,
    }
    assert (rows["Beesel"]["activities"], rows["Beesel"]["residents_reached"]) == (1, 4)
    assert (
        rows["Regio"]["activities"],
        rows["Regio"]["hours"],
        rows["Regio"]["key_share_pct"],
    ) == (
        1,
        3.5,
        None,
    )
    assert (rows["Weert"]["activities"], rows["Weert"]["hours"]) == (0, 0.0)
    assert round(sum(r["key_share_pct"] or 0 for r in rows.values()), 2) == 100.0


def test_report_deployment_counts_boundary_days_of_the_period(db_path):
    df = db.read(
        "report_deployment_by_municipality", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1)
    )
    assert df.get_column("activities").sum() == 5  # includes 1 January and 30 June
    assert df.get_column("residents_reached").sum() == 38
