import datetime as dt
from decimal import Decimal

from monitor import db
from tests.conftest import run_sql


def test_municipalities_for_admin_shows_the_share_valid_on_the_day(db_path):
    run_sql(
        db_path,
        "insert into distribution_key select municipality_code, '2027-01-01', share_pct "
        "from distribution_key",
    )
    run_sql(
        db_path,
        "delete from distribution_key where valid_from = '2027-01-01' and municipality_code = 'GM0983'",
    )
    run_sql(db_path, "insert into distribution_key values ('GM0983', '2027-01-01', 99.00)")
    today = db.read("municipalities_for_admin", today=dt.date(2026, 6, 1))
    later = db.read("municipalities_for_admin", today=dt.date(2027, 6, 1))
    assert today.height == 14
    assert today["name"].to_list()[0] == "Beesel"
    venlo_now = today.filter(today["code"] == "GM0983").row(0, named=True)
    venlo_later = later.filter(later["code"] == "GM0983").row(0, named=True)
    assert venlo_now["share_pct"] == Decimal("28.47")
    assert (venlo_later["share_pct"], venlo_later["key_valid_from"]) == (
        Decimal("99.00"),
        dt.date(2027, 1, 1),
    )
    assert (
        db.read("municipalities_for_admin", today=dt.date(2020, 1, 1))["share_pct"].null_count()
        == 14
    )
