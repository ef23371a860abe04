from monitor import db


def test_report_added_value_tags_in_sort_order_with_meaning(db_path):
    df = db.read("report_added_value_tags")
    assert df.height == 20
    assert df.row(0) == (
        "laagdrempelig",
        "Laagdrempelig",
        "Makkelijker contact, dezelfde taal; moeilijke onderwerpen komen sneller op tafel",
    )
