import datetime as dt

from monitor import db
from tests.conftest import run_sql


def read(role, peer_expert=None, municipality=None, period="2025-H2"):
    return db.read(
        "goal_evidence_for_period",
        period=period,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def setup(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('samenwerking', '2025-H2', 'Verhaal', 'coordinator@pool.test'); "
        "insert into goal_evidence values (1, 'note', 5), (1, 'note', 4), (1, 'activity', 7), "
        "(1, 'signal', 2), (1, 'note', 999)",
    )


def test_goal_evidence_for_period_labels_each_kind(db_path):
    setup(db_path)
    df = read("coordinator")
    assert df.select("goal_code", "kind", "ref_id", "ref_date").rows() == [
        ("samenwerking", "note", 4, dt.date(2025, 6, 30)),
        ("samenwerking", "activity", 7, dt.date(2025, 9, 12)),
        ("samenwerking", "note", 5, dt.date(2025, 9, 12)),
        ("samenwerking", "signal", 2, dt.date(2025, 9, 13)),
    ]  # the dangling note 999 is left out
    labels = df.get_column("label").to_list()
    assert labels[1] == "Zelfregiegroep · Beesel · Herstelgroep Beesel"
    assert labels[3] == "Formulieren schrikken af"


def test_goal_evidence_for_period_respects_note_and_signal_visibility(db_path):
    setup(db_path)
    assert read("contractmanager").get_column("ref_id").to_list() == [7, 5, 2]
    assert read("gemeente", municipality="GM0983").get_column("ref_id").to_list() == [7]
    assert read("gemeente", municipality="GM0889").get_column("ref_id").to_list() == [7, 5, 2]
    assert read("ervaringsdeskundige", peer_expert=1).get_column("ref_id").to_list() == [4, 7, 5]
    assert read("coordinator", period="2025-H1").is_empty()
