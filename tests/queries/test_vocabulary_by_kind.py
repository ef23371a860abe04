from monitor import db


def test_vocabulary_lists_every_kind_in_its_own_order(db_path):
    frame = db.read("vocabulary_by_kind")
    counts = dict(frame.group_by("kind").len().rows())
    assert counts == {"municipality": 14, "theme": 18, "activity_type": 8, "sub_assignment": 3}
    munis = frame.filter(frame["kind"] == "municipality").get_column("label").to_list()
    assert munis[0] == "Beesel" and munis[-1] == "Weert"
    subs = frame.filter(frame["kind"] == "sub_assignment").select("code", "label").rows()
    assert subs == [
        ("3", "Herstelgroep Beesel"),
        ("1", "Inloop Venlo-Oost"),
        ("2", "Training wijkteams regio"),
    ]
    themes = frame.filter(frame["kind"] == "theme").get_column("code").to_list()
    assert themes[0] == "verlies" and themes[-1] == "verlies_rollen"
