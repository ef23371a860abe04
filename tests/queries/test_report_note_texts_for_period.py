import datetime as dt

from monitor import db

H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}


def test_regional_report_reads_notes_shared_with_the_advisory_group(db_path):
    df = db.read("report_note_texts_for_period", municipality=None, **H1)
    assert df.get_column("id").to_list() == [1, 3]  # not the 'eigen' note 2 nor the 'pool' note 4


def test_municipal_report_reads_only_what_the_municipality_may_read(db_path):
    assert db.read("report_note_texts_for_period", municipality="GM0983", **H1).get_column(
        "id"
    ).to_list() == [1]
    assert db.read("report_note_texts_for_period", municipality="GM0889", **H1).is_empty()
