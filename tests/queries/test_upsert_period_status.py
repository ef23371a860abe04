from monitor import db


def test_upsert_period_status_inserts_then_replaces(db_path):
    db.write(
        "upsert_period_status",
        actor="t",
        period="2025-H1",
        status="definitief",
        decided_by="M",
        note="",
    )
    db.write(
        "upsert_period_status",
        actor="t",
        period="2025-H1",
        status="voorlopig",
        decided_by="M",
        note="Correctie",
    )
    assert db.read("period_statuses").select("period", "status", "note").rows() == [
        ("2025-H1", "voorlopig", "Correctie")
    ]
