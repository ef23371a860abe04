import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_contract_talks_for_signals_newest_first(db_path):
    run_sql(
        db_path,
        "insert into contract_talk (talk_date, title, recorded_by) "
        "values ('2026-03-01', 'Voorjaarsgesprek 2026', 'test')",
    )
    assert db.read("contract_talks_for_signals").rows() == [
        (2, dt.date(2026, 3, 1), "Voorjaarsgesprek 2026"),
        (1, dt.date(2025, 10, 1), "Contractgesprek najaar 2025"),
    ]
