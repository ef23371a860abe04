import datetime as dt

from monitor import db
from tests.conftest import viewer_for

D = dt.date
YEAR = {"start": D(2025, 1, 1), "end": D(2026, 1, 1)}


def rows(user, grain, breakdown):
    return db.read(
        "note_trend_by_breakdown",
        **YEAR,
        grain=grain,
        breakdown=breakdown,
        **viewer_for(user).note_params(),
    ).rows()


def test_coordinator_counts_every_note_but_private_ones_per_theme(db_path):
    # Notes 1, 3, 4, 5, 6 (note 2 is 'eigen'); note 1 has two themes.
    assert rows("coordinator", "quarter", "theme") == [
        (D(2025, 1, 1), False, "armoede_schulden", 1),
        (D(2025, 1, 1), False, "eenzaamheid", 1),
        (D(2025, 1, 1), False, "stigma", 1),
        (D(2025, 1, 1), True, None, 2),
        (D(2025, 4, 1), False, "psychische_kwetsbaarheid", 1),
        (D(2025, 4, 1), True, None, 1),
        (D(2025, 7, 1), False, "stigma", 1),
        (D(2025, 7, 1), True, None, 1),
        (D(2025, 10, 1), False, "stigma", 1),
        (D(2025, 10, 1), True, None, 1),
    ]


def test_municipal_delegate_counts_only_notes_they_may_read(db_path):
    # Venlo reads quotable notes of Venlo (1) and the region (6).
    assert rows("gemeente", "half_year", "municipality") == [
        (D(2025, 1, 1), False, "GM0983", 1),
        (D(2025, 1, 1), True, None, 1),
        (D(2025, 7, 1), False, "regio", 1),
        (D(2025, 7, 1), True, None, 1),
    ]


def test_peer_expert_counts_own_private_note_by_sub_assignment(db_path):
    assert rows("ervaringsdeskundige", "half_year", "sub_assignment") == [
        (D(2025, 1, 1), False, "1", 2),
        (D(2025, 1, 1), False, "2", 1),
        (D(2025, 1, 1), False, "3", 1),
        (D(2025, 1, 1), True, None, 4),
        (D(2025, 7, 1), False, "2", 1),
        (D(2025, 7, 1), False, "3", 1),
        (D(2025, 7, 1), True, None, 2),
    ]
