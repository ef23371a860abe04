import datetime as dt

from monitor import db

BASE = {
    "contract_talk_id": 1,
    "municipality_code": None,
    "period_start": None,
    "period_end": None,
    "reason": "",
}


def test_agreements_open_lists_dated_ones_first_and_leaves_closed_ones_out(db_path):
    db.write(
        "insert_agreement",
        actor="t",
        kind="actie",
        description="Later",
        owner="A",
        due_date=None,
        **BASE,
    )
    db.write(
        "insert_agreement",
        actor="t",
        kind="afspraak",
        description="Eerst",
        owner="B",
        due_date=dt.date(2026, 3, 1),
        **BASE,
    )
    db.write(
        "insert_agreement",
        actor="t",
        kind="afspraak",
        description="Klaar",
        owner="C",
        due_date=dt.date(2026, 1, 1),
        **BASE,
    )
    with db.transaction("t") as tx:
        tx.execute("update_agreement_close", agreement_id=4, outcome="ok")
    rows = db.read("agreements_open")
    assert rows.select("id", "description", "talk_title").rows() == [
        (3, "Eerst", "Contractgesprek najaar 2025"),
        (1, "Meer inzet in Beesel voor de herstelgroep", "Contractgesprek najaar 2025"),
        (2, "Later", "Contractgesprek najaar 2025"),
    ]
