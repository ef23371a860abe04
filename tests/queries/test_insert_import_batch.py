from monitor import db


def test_insert_import_batch_returns_its_id(db_path):
    with db.transaction("tester") as tx:
        (batch_id,) = tx.one(
            "insert_import_batch",
            filename="planning.csv",
            sha256="ab" * 32,
            imported_by="tester",
            rows_new=3,
            rows_duplicate=1,
        )
    cur = db.connection().cursor()
    rows = cur.execute("select filename, rows_new, rows_duplicate from import_batch").fetchall()
    cur.close()
    assert batch_id == 1
    assert rows == [("planning.csv", 3, 1)]
