import datetime as dt

import polars as pl

from monitor import db, stories

PERIODS = {
    "start_a": dt.date(2025, 7, 1),
    "end_a": dt.date(2026, 1, 1),
    "start_b": dt.date(2025, 1, 1),
    "end_b": dt.date(2025, 7, 1),
}


def counts(role, peer_expert=None, municipality=None):
    return db.read(
        "term_counts_by_period",
        **PERIODS,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )


def test_term_counts_by_period_counts_stems_and_bigrams_per_period(db_path):
    stories.sync_note_index()
    df = counts("coordinator")
    picked = df.filter(pl.col("term").is_in(["sprek", "wijkteam", "formulier", "mens durf"]))
    assert picked.rows() == [
        ("formulier", "formulier", 1, 1, 0),
        ("mens durf", "mensen durven", 2, 1, 0),
        ("sprek", "gesprekken", 1, 0, 1),
        ("wijkteam", "wijkteam", 1, 1, 0),
    ]
    # Totals: stems and bigrams of notes 5 and 6 (a) and of notes 1, 3 and 4 (b).
    assert df.get_column("count_a").sum() == 19
    assert df.get_column("count_b").sum() == 29


def test_term_counts_by_period_only_counts_readable_notes(db_path):
    stories.sync_note_index()
    # "raakte" is only in Anouk's own note 2.
    assert counts("coordinator").filter(pl.col("term") == "raak").is_empty()
    mine = counts("ervaringsdeskundige", peer_expert=1).filter(pl.col("term") == "raak")
    assert mine.rows() == [("raak", "raakte", 1, 0, 1)]
    # A municipality reads quotable notes of its own and of the region only.
    venlo = counts("gemeente", municipality="GM0983")
    assert venlo.filter(pl.col("term") == "groep").is_empty()
