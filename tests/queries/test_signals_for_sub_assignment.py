import datetime as dt

from monitor import db


def ids(sub_id, role, peer_expert=None, municipality=None):
    return (
        db.read(
            "signals_for_sub_assignment",
            id=sub_id,
            viewer_role=role,
            viewer_peer_expert_id=peer_expert,
            viewer_municipality=municipality,
        )
        .get_column("id")
        .to_list()
    )


def test_signals_for_sub_assignment_follow_the_notes_they_came_from(db_path):
    df = db.read(
        "signals_for_sub_assignment", id=1, viewer_role="contractmanager",
        viewer_peer_expert_id=None, viewer_municipality=None,
    )  # fmt: skip
    assert df.rows() == [
        (1, dt.date(2025, 2, 11), "aanbod_gemist", "Geen avondinloop", "beantwoord", "Venlo")
    ]
    assert ids(3, "coordinator") == [2]
    assert ids(2, "coordinator") == []


def test_signals_for_sub_assignment_per_role(db_path):
    assert ids(1, "ervaringsdeskundige", peer_expert=1) == [1]
    assert ids(1, "ervaringsdeskundige", peer_expert=2) == []
    assert ids(1, "gemeente", municipality="GM0983") == [1]
    assert ids(1, "gemeente", municipality="GM0889") == []
    assert ids(3, "begeleidingsgroep") == [2]
    assert ids(1, "onbekend") == []
