from monitor import db
from tests.conftest import run_sql


def sources(role, peer_expert=None, municipality=None, collective_ids=(5,)):
    return db.read(
        "note_sources_by_collective",
        collective_ids=list(collective_ids),
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def test_note_sources_by_collective_shows_the_source_to_the_pool_team(db_path):
    df = sources("coordinator")
    assert df.select("collective_note_id", "source_note_id", "visible", "author").rows() == [
        (5, 4, True, "Chantal")
    ]
    assert df.get_column("body")[0].startswith("In de groep was het stil")


def test_note_sources_by_collective_hides_sources_outside_visibility(db_path):
    # Note 4 is a 'pool' note: the contract manager sees that it exists, not what it says.
    df = sources("contractmanager")
    assert df.select("collective_note_id", "source_note_id", "visible").rows() == [(5, 4, False)]
    assert df.row(0, named=True)["body"] is None
    assert df.row(0, named=True)["author"] is None


def test_note_sources_by_collective_only_asked_collectives(db_path):
    run_sql(db_path, "insert into note_source values (6, 3)")
    assert sources("coordinator", collective_ids=[6]).get_column("source_note_id").to_list() == [3]
    assert sources("coordinator", collective_ids=[1]).is_empty()
