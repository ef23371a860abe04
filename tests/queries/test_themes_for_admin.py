from monitor import db


def test_themes_for_admin_counts_every_use_of_a_theme(db_path):
    df = db.read("themes_for_admin")
    uses = dict(df.select("code", "uses").iter_rows())
    # stigma: sub-assignment 2, activities 3 and 8, notes 3, 5, 6, signal 2.
    assert uses["stigma"] == 7
    assert uses["verlies"] == 0
    assert df.height == 18
