import pytest

from monitor import db
from tests.conftest import run_sql


def test_rename_activity_type_works_when_unused_and_is_refused_when_used(db_path):
    db.write("rename_activity_type", actor="t", code="groep", label="Groepsbijeenkomst")
    assert run_sql(db_path, "select label from activity_type where code = 'groep'") == [
        ("Groepsbijeenkomst",)
    ]
    with pytest.raises(db.ConstraintError):
        db.write("rename_activity_type", actor="t", code="inloop", label="Open huis")
