from monitor import db


def _add(municipality, name):
    db.write(
        "insert_report_archive",
        actor="t",
        period="2025-H2",
        municipality_code=municipality,
        format="md",
        filename=name,
        sha256="s",
        content=b"12345",
        created_by="t",
    )


def test_report_archive_list_newest_first_and_scoped_to_a_municipality(db_path):
    _add(None, "regio.md")
    _add("GM0983", "venlo.md")
    rows = db.read("report_archive_list", municipality=None)
    assert rows.select("filename", "municipality_name", "size_bytes").rows() == [
        ("venlo.md", "Venlo", 5),
        ("regio.md", "Regio", 5),
    ]
    assert db.read("report_archive_list", municipality="GM0983").get_column(
        "filename"
    ).to_list() == ["venlo.md"]
