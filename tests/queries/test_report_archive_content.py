from monitor import db


def test_report_archive_content_of_an_unknown_id_is_empty(db_path):
    assert db.read("report_archive_content", id=99).is_empty()


def test_report_archive_content_returns_the_exact_bytes(db_path):
    db.write(
        "insert_report_archive",
        actor="t",
        period="2025-H1",
        municipality_code="GM0983",
        format="pdf",
        filename="a.pdf",
        sha256="s",
        content=b"%PDF-1.7",
        created_by="t",
    )
    row = db.read("report_archive_content", id=1).row(0, named=True)
    assert (row["format"], row["filename"], bytes(row["content"])) == ("pdf", "a.pdf", b"%PDF-1.7")
