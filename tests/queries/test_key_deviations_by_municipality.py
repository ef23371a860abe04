import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_the_agreed_deviation_with_reason_talk_and_period(db_path):
    h2 = db.read(
        "key_deviations_by_municipality", start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)
    )
    row = h2.row(0, named=True)
    assert h2.height == 1
    assert row["municipality_name"] == "Beesel"
    assert row["reason"] == "Reële vraag uit de startbijeenkomst"
    assert row["talk_date"] == dt.date(2025, 10, 1)
    assert row["talk_title"] == "Contractgesprek najaar 2025"
    assert row["period_start"] == dt.date(2025, 7, 1)
    assert row["in_period"] is True
    h1 = db.read(
        "key_deviations_by_municipality", start=dt.date(2025, 1, 1), end=dt.date(2025, 7, 1)
    )
    assert h1.get_column("in_period").to_list() == [False]


def test_open_ended_deviations_and_other_kinds(db_path):
    run_sql(
        db_path,
        "insert into agreement (contract_talk_id, kind, description, municipality_code, "
        "period_start, reason) values "
        "(1, 'afwijking_verdeelsleutel', 'Minder inzet in Weert', 'GM0988', '2026-01-01', "
        "'Weert heeft eigen ervaringsdeskundigen'), "
        "(1, 'afspraak', 'Geen afwijking', 'GM0983', '2026-01-01', '')",
    )
    rows = db.read(
        "key_deviations_by_municipality", start=dt.date(2027, 1, 1), end=dt.date(2027, 7, 1)
    )
    assert rows.select("municipality_name", "in_period").rows() == [
        ("Beesel", False),
        ("Weert", True),
    ]
