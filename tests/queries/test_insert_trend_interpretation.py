from monitor import db


def test_insert_trend_interpretation_adds_to_the_count(db_path):
    with db.transaction("t") as tx:
        (aid,) = tx.one(
            "insert_trend_annotation",
            context="trends",
            period="2025-H2",
            subject="Uren",
            observation="Minder uren",
            created_by="Ellen",
        )
        tx.execute("insert_trend_interpretation", annotation_id=aid, body="Zomer", author="Ellen")
        tx.execute("insert_trend_interpretation", annotation_id=aid, body="Ziekte", author="Carla")
    row = db.read("trend_annotations_for_period", period="2025-H2", context=None).row(0, named=True)
    assert row["interpretation_count"] == 2
