from monitor import db


def test_activity_types_for_admin_counts_every_use(db_path):
    uses = dict(db.read("activity_types_for_admin").select("code", "uses").iter_rows())
    # inloop: activities 1 and 6, sub-assignment 1.
    assert uses["inloop"] == 3
    assert uses["groep"] == 0
