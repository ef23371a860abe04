from monitor import db
from tests.conftest import run_sql


def test_trend_annotations_for_period_with_interpretations_and_context_filter(db_path):
    run_sql(
        db_path,
        """
        insert into trend_annotation (context, period, subject, observation, created_by) values
            ('trends', '2025-H2', 'Inloop', 'Meer bezoekers', 'Ellen'),
            ('wat_komt_op', '2025-H2', 'wachtlijst', 'Vaker genoemd', 'Carla'),
            ('trends', '2025-H1', 'Oud', 'Ander halfjaar', 'Ellen');
        insert into trend_interpretation (trend_annotation_id, body, author) values
            (1, 'Winter', 'Ellen'), (1, 'Nieuwe plek', 'Anouk');
    """,
    )
    rows = db.read("trend_annotations_for_period", period="2025-H2", context=None).to_dicts()
    assert [(r["id"], r["interpretation_count"]) for r in rows] == [(1, 2), (2, 0)]
    assert [i["author"] for i in rows[0]["interpretations"]] == ["Ellen", "Anouk"]
    assert rows[1]["interpretations"] is None
    only = db.read("trend_annotations_for_period", period="2025-H2", context="wat_komt_op")
    assert only["id"].to_list() == [2]
