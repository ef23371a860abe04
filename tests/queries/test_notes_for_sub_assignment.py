from monitor import db


def ids(sub_id, role, peer_expert=None, municipality=None):
    return (
        db.read(
            "notes_for_sub_assignment",
            id=sub_id,
            viewer_role=role,
            viewer_peer_expert_id=peer_expert,
            viewer_municipality=municipality,
        )
        .get_column("id")
        .to_list()
    )


def test_notes_for_sub_assignment_respects_visibility(db_path):
    assert ids(1, "ervaringsdeskundige", peer_expert=1) == [2, 1]
    assert ids(1, "ervaringsdeskundige", peer_expert=2) == [1]
    assert ids(1, "coordinator") == [1]
    assert ids(1, "gemeente", municipality="GM0983") == [1]
    assert ids(1, "gemeente", municipality="GM0889") == []
    assert ids(3, "coordinator") == [5, 4]
    assert ids(3, "contractmanager") == [5]
    assert ids(2, "gemeente", municipality="GM0889") == [6]


def test_notes_for_sub_assignment_carries_author_and_tags(db_path):
    row = db.read(
        "notes_for_sub_assignment", id=3, viewer_role="coordinator",
        viewer_peer_expert_id=None, viewer_municipality=None,
    ).row(0, named=True)  # fmt: skip
    assert row["author"] == "Chantal"
    assert row["municipality_name"] == "Beesel"
    assert row["level"] == "wij"
    assert row["tags"] == ["Laagdrempelig", "Normalisering"]
