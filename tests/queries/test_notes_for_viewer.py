import datetime as dt

from monitor import db, stories, text

ALL = {"start": dt.date(2024, 1, 1), "end": dt.date(2027, 1, 1), "limit": 50}
FILTERS = dict.fromkeys(stories.FEED_FILTERS)


def ids(role="coordinator", peer_expert=None, viewer_municipality=None, **params):
    df = db.read(
        "notes_for_viewer",
        **{**ALL, **FILTERS, **params},
        viewer_role=role,
        viewer_peer_expert_id=peer_expert,
        viewer_municipality=viewer_municipality,
    )
    return df.get_column("id").to_list()


def test_notes_for_viewer_is_newest_first_with_context(db_path):
    df = db.read(
        "notes_for_viewer",
        **ALL,
        **FILTERS,
        viewer_role="coordinator",
        viewer_peer_expert_id=None,
        viewer_municipality=None,
    )
    assert df.get_column("id").to_list() == [6, 5, 4, 3, 1]
    assert df.select("id", "author", "municipality_name", "sub_assignment_title").rows() == [
        (6, "Bram", "Regio", "Training wijkteams regio"),
        (5, "Chantal", "Beesel", "Herstelgroep Beesel"),
        (4, "Chantal", "Beesel", "Herstelgroep Beesel"),
        (3, "Bram", "Regio", "Training wijkteams regio"),
        (1, "Anouk", "Venlo", "Inloop Venlo-Oost"),
    ]
    note1 = df.row(4, named=True)
    assert note1["tags"] == ["Laagdrempelig", "Vertrouwen"]
    assert note1["themes"] == ["Armoede en schulden", "Eenzaamheid"]
    assert df.get_column("source_count").to_list() == [0, 1, 0, 0, 0]
    assert df.get_column("total_matches").to_list() == [5] * 5


def test_notes_for_viewer_respects_visibility_for_every_role(db_path):
    # Anouk reads her own 'eigen' note 2; Bram cannot.
    assert ids("ervaringsdeskundige", peer_expert=1) == [6, 5, 4, 3, 2, 1]
    assert ids("ervaringsdeskundige", peer_expert=2) == [6, 5, 4, 3, 1]
    assert ids("coordinator") == [6, 5, 4, 3, 1]
    # Contract manager and begeleidingsgroep: begeleiding and citeerbaar only.
    assert ids("contractmanager") == [6, 5, 3, 1]
    assert ids("begeleidingsgroep") == [6, 5, 3, 1]
    # A municipality: quotable notes of its own municipality and of the region.
    assert ids("gemeente", viewer_municipality="GM0983") == [6, 1]
    assert ids("gemeente", viewer_municipality="GM0889") == [6, 5]
    assert ids("onbekend") == []


def test_notes_for_viewer_filters(db_path):
    assert ids(theme="stigma") == [6, 5, 3]
    assert ids(tag="laagdrempelig") == [5, 1]
    assert ids(municipality="regio") == [6, 3]
    assert ids(municipality="GM0889") == [5, 4]
    assert ids(sub_assignment_id=1) == [1]
    assert ids(level="wij") == [5]
    assert ids(peer_expert_id=2) == [6, 3]
    assert ids(ids=[1, 2, 3]) == [3, 1]
    assert ids(start=dt.date(2025, 7, 1), end=dt.date(2026, 1, 1)) == [6, 5]
    assert ids(limit=2) == [6, 5]


def test_notes_for_viewer_search_finds_dutch_word_forms(db_path):
    stories.sync_note_index()
    # Note 1 says "gesprekken"; the search word is "gesprek".
    assert ids(terms=text.query_terms("gesprek")) == [1]
    assert ids(terms=text.query_terms("wijkteam")) == [6]
    assert ids(terms=text.query_terms("de groep")) == [4]
    assert ids(terms=text.query_terms("groep formulier")) == []
    # A search never reaches past visibility: note 2 is Anouk's own.
    assert ids(terms=text.query_terms("verwacht")) == []
    assert ids("ervaringsdeskundige", peer_expert=1, terms=text.query_terms("verwachten")) == [2]
