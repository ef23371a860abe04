import datetime as dt

from monitor import db

YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2026, 1, 1)}


def counts(role, peer_expert=None, municipality=None, **period):
    df = db.read(
        "added_value_by_municipality",
        **{**YEAR, **period},
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=municipality,
    )
    return df.select("municipality_code", "municipality_name", "tag_code", "notes").rows()


def test_added_value_by_municipality_counts_tags_per_place(db_path):
    assert counts("coordinator") == [
        ("GM0889", "Beesel", "laagdrempelig", 1),
        ("GM0889", "Beesel", "normalisering", 1),
        ("GM0889", "Beesel", "openheid", 1),
        ("GM0983", "Venlo", "laagdrempelig", 1),
        ("GM0983", "Venlo", "vertrouwen", 1),
        (None, "Regio", "gelijkwaardig", 1),
        (None, "Regio", "wederkerig", 1),
    ]


def test_added_value_by_municipality_counts_only_readable_notes(db_path):
    # Note 4 ('pool', openheid) is not for the contract manager.
    assert ("GM0889", "Beesel", "openheid", 1) not in counts("contractmanager")
    assert counts("gemeente", municipality="GM0983") == [
        ("GM0983", "Venlo", "laagdrempelig", 1),
        ("GM0983", "Venlo", "vertrouwen", 1),
        (None, "Regio", "wederkerig", 1),
    ]


def test_added_value_by_municipality_respects_period(db_path):
    assert counts("coordinator", start=dt.date(2025, 7, 1)) == [
        ("GM0889", "Beesel", "laagdrempelig", 1),
        ("GM0889", "Beesel", "normalisering", 1),
        (None, "Regio", "wederkerig", 1),
    ]
