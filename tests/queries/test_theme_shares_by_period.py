import datetime as dt

from monitor import db

PERIODS = {
    "start_a": dt.date(2025, 7, 1),
    "end_a": dt.date(2026, 1, 1),
    "start_b": dt.date(2025, 1, 1),
    "end_b": dt.date(2025, 7, 1),
}


def shares(role, peer_expert=None, municipality=None):
    return db.read(
        "theme_shares_by_period",
        **PERIODS,
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    ).rows()


def test_theme_shares_by_period_counts_notes_and_signals_with_totals(db_path):
    assert shares("coordinator") == [
        ("armoede_schulden", "Armoede en schulden", 0, 1, 0, 1, 2, 3, 1, 1),
        ("psychische_kwetsbaarheid", "Psychische kwetsbaarheid", 0, 1, 0, 0, 2, 3, 1, 1),
        ("eenzaamheid", "Eenzaamheid", 0, 1, 0, 0, 2, 3, 1, 1),
        ("stigma", "Stigma en schaamte", 2, 1, 1, 0, 2, 3, 1, 1),
    ]


def test_theme_shares_by_period_respects_note_and_signal_visibility(db_path):
    # Beesel: quotable notes 5 (Beesel) and 6 (region); signal 2 (Beesel).
    assert shares("gemeente", municipality="GM0889") == [
        ("stigma", "Stigma en schaamte", 2, 0, 1, 0, 2, 0, 1, 0),
    ]
