from monitor import db
from tests.queries.sensemaking_setup import finished_round


def proposals(rid, role, pe=None, muni=None):
    return db.read(
        "story_proposals_for_round",
        round_id=rid,
        viewer_role=role,
        viewer_peer_expert_id=pe,
        viewer_municipality=muni,
    ).to_dicts()


def test_story_proposals_show_note_author_and_reason_to_those_who_may_read_the_note(db_path):
    rid, pid = finished_round()
    rows = proposals(rid, "begeleidingsgroep")
    assert [(r["proposal_id"], r["note_id"], r["domain_label"], r["author"]) for r in rows] == [
        (pid, 1, "Vertrouwen", "Anouk")
    ]
    assert rows[0]["selection_reason"] == "Vertrouwen groeit hier zichtbaar."
    assert rows[0]["motivation"] == "Waarom"
    assert len(proposals(rid, "gemeente", muni="GM0983")) == 1  # quotable Venlo note
    assert proposals(rid, "gemeente", muni="GM0889") == []
