"""Migrations: a fresh database gets every file once; applying again changes nothing."""

from monitor import db, migrate


def test_fresh_database_gets_every_migration_and_reference_data(tmp_path):
    con = db.open_connection(tmp_path / "fresh.duckdb")
    try:
        versions = [r[0] for r in con.execute("select version from schema_version").fetchall()]
        assert versions == sorted(v for v, _, _ in migrate.migration_files())
        assert con.execute("select count(*) from municipality").fetchall() == [(14,)]
        assert con.execute("select count(*) from added_value_tag").fetchall() == [(20,)]
        assert con.execute("select count(*) from development_goal").fetchall() == [(4,)]
    finally:
        con.close()


def test_applying_migrations_twice_changes_nothing(tmp_path):
    path = tmp_path / "twice.duckdb"
    con = db.open_connection(path)
    con.close()
    con = db.open_connection(path)
    try:
        assert migrate.apply(con) == []
        assert con.execute("select count(*) from schema_version").fetchall() == [
            (len(migrate.migration_files()),)
        ]
        assert con.execute("select count(*) from distribution_key").fetchall() == [(14,)]
        assert con.execute("select count(*) from theme").fetchall()[0][0] > 0
    finally:
        con.close()


def test_migration_numbers_are_unique_and_files_are_named_well():
    files = migrate.migration_files()
    assert files[0][1] == "0001_init.sql"
    assert len({v for v, _, _ in files}) == len(files)
