import pytest

from monitor import db, development_goals
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError

CARLA = Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
MAARTEN = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)
ELLEN = Viewer(5, "beleid@regio.test", "Ellen", Role.ADVISORY_GROUP)


def evidence():
    cur = db.connection().cursor()
    rows = cur.execute("select kind, ref_id from goal_evidence order by kind, ref_id").fetchall()
    cur.close()
    return rows


def test_save_progress_validates_in_dutch(db_path):
    with pytest.raises(AccessDenied):
        development_goals.save_progress(ELLEN, "groei_pool", "2025-H2", "Tekst")
    with pytest.raises(ValidationError) as e:
        development_goals.save_progress(CARLA, "winst", "2025-H2", " ", [("note", 1)])
    assert e.value.messages == [
        "Kies een van de vier ontwikkeldoelen.",
        "Schrijf een kort verhaal over de voortgang.",
        "Koppel alleen verhalen, activiteiten en signalen uit dit halfjaar die u kunt zien.",
    ]
    with pytest.raises(ValidationError, match="Kies een halfjaar"):
        development_goals.save_progress(CARLA, "groei_pool", "2025", "Tekst")
    assert evidence() == []


def test_evidence_the_editor_cannot_read_stays_linked(db_path):
    development_goals.save_progress(
        CARLA, "samenwerking", "2025-H2", "Eerste versie", [("note", 5), ("activity", 7)]
    )
    cur = db.connection().cursor()
    cur.execute("update note set visibility = 'pool' where id = 5").fetchall()
    cur.close()
    # Maarten cannot read note 5 any more; his rewrite must not unlink it.
    development_goals.save_progress(MAARTEN, "samenwerking", "2025-H2", "Herschreven", [])
    assert evidence() == [("note", 5)]
    row = db.read("goal_progress_for_period", period="2025-H2").row(1, named=True)
    assert (row["narrative"], row["written_by"]) == ("Herschreven", "Maarten (contractmanager)")
