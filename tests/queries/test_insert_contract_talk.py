import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_insert_contract_talk_returns_the_new_id(db_path):
    rows = db.write(
        "insert_contract_talk",
        actor="t",
        talk_date=dt.date(2026, 2, 3),
        title="Voorjaar",
        discussion="Verslag",
        recorded_by="Maarten",
    )
    assert rows == [(2,)]
    assert run_sql(db_path, "select title, recorded_by from contract_talk where id = 2") == [
        ("Voorjaar", "Maarten")
    ]
