import datetime as dt

from monitor import db
from tests.conftest import run_sql


def read(role="coordinator", peer_expert=None, municipality=None):
    return db.read(
        "monitoring_moments_for_sub_assignment",
        id=1,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def test_monitoring_moments_for_sub_assignment_in_due_order(db_path):
    df = read()
    assert df.select("id", "due_date", "held_date", "reflection", "recorded_by").rows() == [
        (1, dt.date(2025, 6, 1), dt.date(2025, 6, 5),
         "De inloop groeit; vaste bezoekers nemen anderen mee.", "seed"),
        (2, dt.date(2025, 9, 1), None, None, None),
    ]  # fmt: skip
    assert df.get_column("note_ids").to_list() == [[], []]
    assert df.get_column("notes_linked").to_list() == [0, 0]


def test_monitoring_moments_for_sub_assignment_shows_only_readable_notes(db_path):
    run_sql(
        db_path,
        "insert into monitoring_moment_note values (1, 1), (1, 2); "
        "update monitoring_moment set recorded_by = 'coordinator@pool.test' where id = 1",
    )
    row = read().row(0, named=True)
    assert row["note_ids"] == [1]  # note 2 is Anouk's own
    assert row["notes_linked"] == 2
    assert row["recorded_by"] == "Carla (coördinator)"
    assert read("ervaringsdeskundige", peer_expert=1).row(0, named=True)["note_ids"] == [1, 2]
    assert read("gemeente", municipality="GM0889").row(0, named=True)["note_ids"] == []
