from monitor import db


def test_insert_monitoring_moment_notes_links_each_note(db_path):
    db.write("insert_monitoring_moment_notes", actor="t", monitoring_moment_id=1, note_ids=[1, 2])
    df = db.read(
        "monitoring_moments_for_sub_assignment", id=1, viewer_role="ervaringsdeskundige",
        viewer_peer_expert_id=1, viewer_municipality=None,
    )  # fmt: skip
    assert df.select("id", "note_ids", "notes_linked").rows() == [(1, [1, 2], 2), (2, [], 0)]
