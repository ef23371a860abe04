from monitor import db
from tests.conftest import run_sql

REFUSALS = """
insert into import_refusal (filename, sha256, attempted_by, attempted_at, rows_refused, reasons)
values
    ('oud.csv', 'a', 'Carla', '2025-10-01 09:00+02', 1, ['Rij 2: fout.']),
    ('nieuw.csv', 'b', 'Carla', '2025-10-03 09:00+02', 0, ['Kolommen ontbreken.']),
    ('nieuwst.xlsx', 'c', 'Maarten', '2025-10-03 10:00+02', 3, ['Rij 2: fout.']);
"""


def test_without_any_import_every_refusal_is_open_newest_first(db_path):
    run_sql(db_path, REFUSALS)
    rows = db.read("import_refusals_open")
    assert rows.get_column("filename").to_list() == ["nieuwst.xlsx", "nieuw.csv", "oud.csv"]


def test_refusals_before_the_last_successful_import_are_settled(db_path):
    run_sql(
        db_path,
        REFUSALS + "insert into import_batch (filename, sha256, imported_by, imported_at, rows_new,"
        " rows_duplicate) values ('goed.csv', 'd', 'c', '2025-10-02 12:00+02', 4, 0);",
    )
    rows = db.read("import_refusals_open")
    assert rows.select("filename", "rows_refused").rows() == [
        ("nieuwst.xlsx", 3),
        ("nieuw.csv", 0),
    ]
