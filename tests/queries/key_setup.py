"""Shared fixture rows for the key queries: a key version change on 2025-04-01 and a regional
activity after it. The new version moves 1,53 points from Weert to Venlo (sum stays 100,00)."""

from pathlib import Path

from tests.conftest import run_sql

NEW_KEY = """
insert into distribution_key (municipality_code, valid_from, share_pct)
select
    municipality_code,
    date '2025-04-01',
    case municipality_code when 'GM0983' then 30.00 when 'GM0988' then 12.28 else share_pct end
from distribution_key
where valid_from = date '2024-01-01'
"""

REGIONAL_MAY = (
    "insert into activity (activity_date, peer_expert_id, municipality_code, "
    "activity_type_code, form, residents_reached, hours, created_by) values "
    "('2025-05-01', 2, null, 'training', 'groep', 10, 2.0, 'test')"
)


def add_key_change(db_path: Path) -> None:
    run_sql(db_path, NEW_KEY)
    assert run_sql(
        db_path,
        "select sum(share_pct) from distribution_key where valid_from = date '2025-04-01'",
    ) == [(100,)]


def add_regional_activity_in_may(db_path: Path) -> None:
    run_sql(db_path, REGIONAL_MAY)
