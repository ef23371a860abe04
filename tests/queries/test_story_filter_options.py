import polars as pl

from monitor import db


def test_story_filter_options_lists_every_kind(db_path):
    df = db.read("story_filter_options")
    kinds = df.group_by("kind").len().sort("kind").rows()
    assert kinds == [
        ("municipality", 15),
        ("peer_expert", 3),
        ("sub_assignment", 3),
        ("tag", 20),
        ("theme", 18),
    ]
    experts = df.filter(pl.col("kind") == "peer_expert").select("code", "label").rows()
    assert experts == [("1", "Anouk"), ("2", "Bram"), ("3", "Chantal")]
    places = df.filter(pl.col("kind") == "municipality").get_column("code").to_list()
    assert places[-1] == "regio"
    assert df.filter(pl.col("kind") == "tag").row(0) == ("tag", "laagdrempelig", "Laagdrempelig")
