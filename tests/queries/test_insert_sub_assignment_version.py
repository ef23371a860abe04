from monitor import db


def test_insert_sub_assignment_version_keeps_the_replaced_terms(db_path):
    with db.transaction("t") as tx:
        tx.execute(
            "insert_sub_assignment_version", sub_assignment_id=1, version=1, goals="Oud",
            monitoring_method="M", frequency="jaarlijks", accountability="A", signs="S",
            changed_by="coordinator@pool.test",
        )  # fmt: skip
        tx.cur.execute("update sub_assignment set version = 2 where id = 1").fetchall()
    df = db.read("sub_assignment_versions", id=1)
    assert df.select("version", "goals", "frequency", "changed_by", "is_current").rows() == [
        (2, "Een vaste plek waar inwoners zonder afspraak binnenlopen", "per_kwartaal", None, True),
        (1, "Oud", "jaarlijks", "Carla (coördinator)", False),
    ]
