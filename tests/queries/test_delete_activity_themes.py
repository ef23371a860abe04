from monitor import db


def test_delete_activity_themes_removes_every_theme_of_the_activity(db_path):
    with db.transaction("tester") as tx:
        assert tx.execute("delete_activity_themes", activity_id=1) == [(2,)]
    assert db.read("activity_for_edit", id=1)["theme_codes"].to_list() == [[]]
    assert db.read("activity_for_edit", id=2)["theme_codes"].to_list() == [["armoede_schulden"]]
