from monitor import db


def test_insert_activity_themes_adds_one_row_per_code(db_path):
    with db.transaction("tester") as tx:
        tx.execute("insert_activity_themes", activity_id=3, theme_codes=["eenzaamheid", "verlies"])
        tx.execute("insert_activity_themes", activity_id=4, theme_codes=[])
    assert db.read("activity_for_edit", id=3)["theme_codes"].to_list() == [
        ["eenzaamheid", "stigma", "verlies"]
    ]
    assert db.read("activity_for_edit", id=4)["theme_codes"].to_list() == [
        ["psychische_kwetsbaarheid"]
    ]
