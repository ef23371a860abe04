from monitor import cli
from tests.conftest import run_sql


def test_index_notes_command_builds_the_search_index(db_path, capsys):
    assert cli.main(["index-notes", "--db", str(db_path)]) == 0
    assert "Zoekindex bijgewerkt: 6 verhalen" in capsys.readouterr().out
    assert run_sql(db_path, "select count(distinct note_id) from note_token") == [(6,)]
    assert cli.main(["index-notes", "--db", str(db_path)]) == 0
    assert "Zoekindex bijgewerkt: 0 verhalen" in capsys.readouterr().out


def test_index_notes_command_on_a_missing_file(tmp_path, capsys):
    assert cli.main(["index-notes", "--db", str(tmp_path / "geen.duckdb")]) == 2
    assert "Bestand bestaat niet" in capsys.readouterr().err
