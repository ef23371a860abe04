from monitor import db


def test_vocabulary_for_registration_offers_every_kind_with_labels(db_path):
    df = db.read("vocabulary_for_registration")
    counts = dict(df.group_by("kind").len().sort("kind").iter_rows())
    assert counts == {
        "activity_type": 8,
        "municipality": 14,
        "setting": 12,
        "tag": 20,
        "theme": 18,
    }
    themes = df.filter(kind="theme")
    assert themes.row(0, named=True)["code"] == "verlies"  # sort order
    tag = df.filter(kind="tag", code="laagdrempelig").row(0, named=True)
    assert tag["label"] == "Laagdrempelig"
    assert tag["description"].startswith("Makkelijker contact")


def test_vocabulary_for_registration_leaves_out_inactive_themes(db_path):
    from tests.conftest import run_sql

    run_sql(db_path, "update theme set active = false where code = 'trauma'")
    codes = db.read("vocabulary_for_registration").filter(kind="theme")["code"].to_list()
    assert "trauma" not in codes
    assert len(codes) == 17
