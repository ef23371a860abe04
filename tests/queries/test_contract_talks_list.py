import datetime as dt

from monitor import db


def test_contract_talks_list_counts_attendance_and_agreements(db_path):
    rows = db.read("contract_talks_list")
    assert rows.select(
        "id", "talk_date", "title", "municipalities", "agreements", "signal_responses"
    ).rows() == [(1, dt.date(2025, 10, 1), "Contractgesprek najaar 2025", 3, 1, 0)]
