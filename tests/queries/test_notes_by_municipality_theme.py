import datetime as dt

from monitor import db
from tests.conftest import viewer_for

YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}
H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}


def ids(user, municipality="alle", theme="alle", period=YEAR, limit=100):
    frame = db.read(
        "notes_by_municipality_theme",
        **period,
        limit=limit,
        municipality=municipality,
        theme=theme,
        **viewer_for(user).note_params(),
    )
    return frame.get_column("id").to_list()


def test_notes_of_all_places_and_themes_follow_visibility_newest_first(db_path):
    # Contract manager: 'begeleiding' and 'citeerbaar' notes (3, 1, 5, 6).
    assert ids("contractmanager") == [6, 5, 3, 1]
    # Coordinator: everything but 'eigen' (note 2).
    assert ids("coordinator") == [6, 5, 4, 3, 1]


def test_notes_of_the_region_and_one_theme(db_path):
    assert ids("contractmanager", "regio", "stigma") == [6, 3]
    assert ids("coordinator", "GM0889", "psychische_kwetsbaarheid") == [4]
    assert ids("coordinator", "GM0889", "eenzaamheid") == []


def test_municipal_delegate_reads_quotable_notes_of_own_municipality_and_region(db_path):
    # Venlo: quotable note 1 (Venlo) and 6 (regio); not 5 (Beesel).
    assert ids("gemeente") == [6, 1]
    assert ids("gemeente", "alle", "stigma") == [6]
    assert ids("gemeente", "GM0889") == []


def test_peer_expert_reads_own_private_note_in_the_cell(db_path):
    assert ids("ervaringsdeskundige", "GM0983", period=H1) == [2, 1]
    assert ids("ervaringsdeskundige2", "GM0983", period=H1) == [1]


def test_note_rows_carry_their_context(db_path):
    row = db.read(
        "notes_by_municipality_theme",
        **H1,
        limit=100,
        municipality="GM0983",
        theme="armoede_schulden",
        **viewer_for("contractmanager").note_params(),
    ).row(0, named=True)
    assert row["author"] == "Anouk"
    assert row["municipality_name"] == "Venlo"
    assert row["sub_assignment_title"] == "Inloop Venlo-Oost"
    assert row["tags"] == ["Laagdrempelig", "Vertrouwen"]


def test_notes_are_cut_at_the_limit_and_count_every_match(db_path):
    frame = db.read(
        "notes_by_municipality_theme",
        **YEAR,
        municipality="alle",
        theme="alle",
        limit=2,
        **viewer_for("coordinator").note_params(),
    )
    assert frame.select("id", "total_matches").rows() == [(6, 5), (5, 5)]
