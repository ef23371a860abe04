import datetime as dt

from monitor import db
from tests.conftest import run_sql


def test_agreements_due_lists_open_ones_due_by_the_date(db_path):
    run_sql(
        db_path,
        """
        insert into agreement (contract_talk_id, kind, description, owner, due_date, status) values
            (1, 'afspraak', 'Avondinloop onderzoeken', 'Gemeente Venlo', '2025-12-01', 'open'),
            (1, 'actie', 'Verslag rondsturen', 'Maarten', '2025-10-15', 'afgerond'),
            (1, 'actie', 'Later', 'Carla', '2026-06-01', 'open')
    """,
    )
    rows = db.read("agreements_due", until=dt.date(2025, 12, 31))
    assert rows.select("description", "owner").rows() == [
        ("Avondinloop onderzoeken", "Gemeente Venlo")
    ]
