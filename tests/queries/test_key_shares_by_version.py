from decimal import Decimal

from monitor import db


def test_key_shares_by_version_gives_14_shares_per_version(db_path):
    df = db.read("key_shares_by_version")
    assert df.height == 14
    assert df["share_pct"].sum() == Decimal("100.00")
    assert df.row(0, named=True)["municipality_name"] == "Beesel"
    venlo = df.filter(df["municipality_code"] == "GM0983").row(0, named=True)
    assert venlo["share_pct"] == Decimal("28.47")
