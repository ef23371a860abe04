from monitor import db


def read(note_id, role, peer_expert=None):
    return db.read(
        "note_for_edit",
        id=note_id,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=None,
    )


def test_note_for_edit_gives_the_note_with_themes_tags_and_version(db_path):
    row = read(1, "ervaringsdeskundige", 1).row(0, named=True)
    assert row["body"].startswith("Een man kwam voor het eerst binnen")
    assert row["version"] == 1
    assert row["theme_codes"] == ["armoede_schulden", "eenzaamheid"]
    assert row["tag_codes"] == ["laagdrempelig", "vertrouwen"]


def test_note_for_edit_respects_visibility(db_path):
    assert read(2, "ervaringsdeskundige", 1).height == 1  # Anouk's own 'eigen' note
    assert read(2, "ervaringsdeskundige", 2).is_empty()
    assert read(2, "coordinator").is_empty()
    assert read(99, "coordinator").is_empty()
