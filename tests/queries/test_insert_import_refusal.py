from monitor import db


def test_insert_import_refusal_returns_its_id_and_keeps_the_reasons(db_path):
    with db.transaction("tester") as tx:
        (refusal_id,) = tx.one(
            "insert_import_refusal",
            filename="planning.csv",
            sha256="ab" * 32,
            attempted_by="Carla",
            rows_refused=2,
            reasons=["Rij 3: fout.", "Rij 4: ook fout."],
        )
    rows = db.read("import_refusals_open").select(
        "id", "filename", "attempted_by", "rows_refused", "reasons"
    )
    assert refusal_id == 1
    assert rows.rows() == [(1, "planning.csv", "Carla", 2, ["Rij 3: fout.", "Rij 4: ook fout."])]
