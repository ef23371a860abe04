import pytest

from monitor import db
from tests.conftest import run_sql


def test_rename_theme_works_for_an_unused_theme(db_path):
    db.write("rename_theme", actor="t", code="verlies", label="Rouw")
    assert run_sql(db_path, "select label from theme where code = 'verlies'") == [("Rouw",)]


def test_rename_theme_is_refused_by_duckdb_for_a_used_theme(db_path):
    with pytest.raises(db.ConstraintError):
        db.write("rename_theme", actor="t", code="stigma", label="Vooroordelen")
