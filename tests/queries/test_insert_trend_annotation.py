from monitor import db


def test_insert_trend_annotation_returns_its_id(db_path):
    with db.transaction("t") as tx:
        (aid,) = tx.one(
            "insert_trend_annotation",
            context="rapport",
            period="2025-H2",
            subject="Signalen",
            observation="Meer signalen over wonen",
            created_by="Maarten",
        )
    rows = db.read("trend_annotations_for_period", period="2025-H2", context="rapport")
    assert rows["id"].to_list() == [aid]
    assert rows["interpretation_count"].to_list() == [0]
