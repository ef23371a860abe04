from monitor import db


def test_sub_assignment_vocabulary_by_kind_holds_every_choice(db_path):
    df = db.read("sub_assignment_vocabulary_by_kind")
    counts = dict(df.group_by("kind").len().sort("kind").rows())
    assert counts == {"goal": 4, "municipality": 14, "role": 8, "setting": 12, "theme": 18}
    goals = df.filter(df.get_column("kind") == "goal").select("code", "label").rows()
    assert goals[0] == ("dekkend_netwerk", "Dekkend netwerk")
    municipalities = df.filter(df.get_column("kind") == "municipality")
    assert municipalities.get_column("label").to_list()[:2] == ["Beesel", "Bergen (L.)"]


def test_sub_assignment_vocabulary_by_kind_leaves_out_inactive_themes(db_path):
    cur = db.connection().cursor()
    cur.execute("update theme set active = false where code = 'trauma'").fetchall()
    cur.close()
    df = db.read("sub_assignment_vocabulary_by_kind")
    assert "trauma" not in df.get_column("code").to_list()
