from monitor import db
from tests.conftest import run_sql


def test_goal_progress_for_period_has_all_four_goals_even_without_narratives(db_path):
    df = db.read("goal_progress_for_period", period="2025-H2")
    assert df.select("goal_code", "title", "progress_id", "narrative", "evidence").rows() == [
        ("dekkend_netwerk", "Dekkend netwerk", None, "", 0),
        ("samenwerking", "Samenwerking versterken", None, "", 0),
        ("dure_zorg_voorkomen", "Zicht op voorkomen van dure zorg", None, "", 0),
        ("groei_pool", "Groei van de pool", None, "", 0),
    ]


def test_goal_progress_for_period_shows_the_narrative_of_that_half_year_only(db_path):
    run_sql(
        db_path,
        "insert into goal_progress (goal_code, period, narrative, written_by) values "
        "('groei_pool', '2025-H2', 'Twee nieuwe ervaringsdeskundigen.', 'coordinator@pool.test'), "
        "('groei_pool', '2025-H1', 'Eerder.', 'coordinator@pool.test'); "
        "insert into goal_evidence values (1, 'note', 5), (1, 'activity', 7)",
    )
    row = db.read("goal_progress_for_period", period="2025-H2").row(3, named=True)
    assert (row["progress_id"], row["narrative"], row["written_by"], row["evidence"]) == (
        1, "Twee nieuwe ervaringsdeskundigen.", "Carla (coördinator)", 2
    )  # fmt: skip
    row = db.read("goal_progress_for_period", period="2025-H1").row(3, named=True)
    assert (row["narrative"], row["evidence"]) == ("Eerder.", 0)
