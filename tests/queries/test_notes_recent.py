import datetime as dt

from monitor import db

H1 = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1), "limit": 10}


def ids(role, peer_expert=None, municipality=None, **period):
    df = db.read(
        "notes_recent",
        **{**H1, **period},
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )
    return df.get_column("id").to_list()


def test_notes_recent_is_newest_first_with_context(db_path):
    df = db.read(
        "notes_recent",
        **H1,
        viewer_role="coordinator",
        viewer_peer_expert_id=None,
        viewer_municipality=None,
    )
    assert df.get_column("id").to_list() == [4, 3, 1]
    first = df.row(2, named=True)
    assert first["author"] == "Anouk"
    assert first["municipality_name"] == "Venlo"
    assert first["sub_assignment_title"] == "Inloop Venlo-Oost"
    assert first["tags"] == ["Laagdrempelig", "Vertrouwen"]


def test_notes_recent_respects_visibility_for_every_role(db_path):
    assert ids("ervaringsdeskundige", peer_expert=1) == [4, 3, 2, 1]
    assert ids("ervaringsdeskundige", peer_expert=2) == [4, 3, 1]
    assert ids("contractmanager") == [3, 1]
    assert ids("begeleidingsgroep") == [3, 1]
    assert ids("gemeente", municipality="GM0983") == [1]
    assert ids("gemeente", municipality="GM0889") == []
    assert ids("onbekend") == []


def test_notes_recent_limit_and_period(db_path):
    assert ids("coordinator", limit=1) == [4]
    assert ids("coordinator", start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)) == [6, 5]
