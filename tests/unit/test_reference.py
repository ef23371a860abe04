"""The 2024 MGR module-2 key (brief §1.1) and the 100,00% rule."""

from decimal import Decimal

import pytest

from monitor import db, reference

KEY_2024 = {
    "Beesel": "0.78",
    "Bergen (L.)": "3.44",
    "Echt-Susteren": "5.11",
    "Gennep": "0.86",
    "Horst aan de Maas": "3.37",
    "Leudal": "8.48",
    "Maasgouw": "3.45",
    "Nederweert": "1.74",
    "Peel en Maas": "9.49",
    "Roerdalen": "2.64",
    "Roermond": "8.09",
    "Venlo": "28.47",
    "Venray": "10.27",
    "Weert": "13.81",
}


def test_the_key_has_14_exact_shares_that_add_up_to_100(empty_db):
    cur = db.connection().cursor()
    rows = cur.execute(
        "select m.name, k.share_pct from distribution_key k join municipality m "
        "on m.code = k.municipality_code where k.valid_from = '2024-01-01'"
    ).fetchall()
    cur.close()
    assert {name: str(share) for name, share in rows} == KEY_2024
    assert sum(Decimal(v) for v in KEY_2024.values()) == Decimal("100.00")


def test_a_key_version_not_adding_up_to_100_is_refused():
    shares = {name: Decimal(v) for name, v in KEY_2024.items()}
    shares["Venlo"] = Decimal("28.46")
    with pytest.raises(reference.KeyError100, match="99,99%"):
        reference.check_key_shares(shares)


def test_a_key_version_missing_a_municipality_is_refused():
    shares = {name: Decimal(v) for name, v in KEY_2024.items()}
    del shares["Beesel"]
    with pytest.raises(reference.KeyError100, match="alle 14 gemeenten"):
        reference.check_key_shares(shares)


def test_the_municipality_count_matches_the_reference_file():
    assert reference.read_csv("municipalities.csv").height == reference.MUNICIPALITY_COUNT == 14
