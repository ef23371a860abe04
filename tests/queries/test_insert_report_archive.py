from monitor import db


def test_insert_report_archive_stores_bytes_and_returns_the_id(db_path):
    rows = db.write(
        "insert_report_archive",
        actor="t",
        period="2025-H2",
        municipality_code=None,
        format="md",
        filename="x.md",
        sha256="ab",
        content=b"\x00\x01 rapport",
        created_by="t",
    )
    assert rows == [(1,)]
    row = db.read("report_archive_content", id=1).row(0, named=True)
    assert bytes(row["content"]) == b"\x00\x01 rapport"
