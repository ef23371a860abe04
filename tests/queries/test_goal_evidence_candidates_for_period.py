import datetime as dt

from monitor import db

H2 = {"start": dt.date(2025, 7, 1), "end": dt.date(2026, 1, 1)}


def read(role, peer_expert=None, municipality=None, search=None, per_kind=50, **period):
    return db.read(
        "goal_evidence_candidates_for_period",
        **{**H2, **period},
        search=search,
        per_kind=per_kind,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def test_goal_evidence_candidates_for_period_lists_notes_activities_and_signals(db_path):
    df = read("coordinator")
    assert df.select("kind", "ref_id", "ref_date").rows() == [
        ("note", 6, dt.date(2025, 12, 31)),
        ("note", 5, dt.date(2025, 9, 12)),
        ("activity", 8, dt.date(2025, 12, 31)),
        ("activity", 7, dt.date(2025, 9, 12)),
        ("activity", 6, dt.date(2025, 7, 1)),
        ("signal", 2, dt.date(2025, 9, 13)),
    ]
    assert df.get_column("label").to_list()[4] == "Inloop · Venlo · Inloop Venlo-Oost"


def test_goal_evidence_candidates_for_period_respects_visibility(db_path):
    h1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}
    kinds = read("contractmanager", **h1).select("kind", "ref_id").rows()
    assert [r for r in kinds if r[0] == "note"] == [("note", 3), ("note", 1)]
    assert [r for r in kinds if r[0] == "signal"] == [("signal", 1)]
    assert [r for r in read("gemeente", municipality="GM0983").rows() if r[0] == "signal"] == []


def test_goal_evidence_candidates_for_period_keeps_the_newest_of_each_kind(db_path):
    df = read("coordinator", per_kind=1)
    assert df.select("kind", "ref_id", "total_of_kind").rows() == [
        ("note", 6, 2),
        ("activity", 8, 3),
        ("signal", 2, 1),
    ]


def test_goal_evidence_candidates_for_period_searches_labels_case_insensitively(db_path):
    df = read("coordinator", search="VENLO-oost")
    assert df.select("kind", "ref_id", "total_of_kind").rows() == [("activity", 6, 1)]
    assert read("coordinator", search="geen-enkel-label-heeft-dit").is_empty()
