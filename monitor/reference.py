"""Reference data (municipalities, key, vocabularies, budget lines) loaded from ``data/*.csv``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import polars as pl

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# (table, csv file) in foreign-key order.
TABLES: list[tuple[str, str]] = [
    ("municipality", "municipalities.csv"),
    ("distribution_key", "distribution_key.csv"),
    ("budget_line", "budget_lines.csv"),
    ("theme", "themes.csv"),
    ("activity_type", "activity_types.csv"),
    ("setting", "settings.csv"),
    ("added_value_tag", "added_value_tags.csv"),
    ("development_goal", "development_goals.csv"),
]

KEY_TOTAL = Decimal("100.00")
# The member municipalities of the MGR that fund the pool (data/municipalities.csv holds them).
MUNICIPALITY_COUNT = 14


class KeyError100(ValueError):
    """A key version whose shares do not add up to exactly 100,00%."""


def read_csv(file: str) -> pl.DataFrame:
    return pl.read_csv(DATA_DIR / file, infer_schema=False)


def check_key_shares(
    shares: dict[str, Decimal], expected_municipalities: int = MUNICIPALITY_COUNT
) -> None:
    """Refuse a key version that does not cover every municipality or does not sum to 100,00."""
    if len(shares) != expected_municipalities:
        raise KeyError100(
            f"Een verdeelsleutel moet alle {expected_municipalities} gemeenten bevatten; "
            f"deze versie heeft er {len(shares)}."
        )
    total = sum(shares.values(), Decimal("0"))
    if total != KEY_TOTAL:
        shown = f"{total:.2f}".replace(".", ",")
        raise KeyError100(f"De aandelen tellen op tot {shown}% in plaats van 100,00%.")


def load_if_empty(con: Any) -> None:  # a DuckDB connection; only db.py imports duckdb
    """Load every reference table that is still empty, in one transaction."""
    empty = [
        (table, file)
        for table, file in TABLES
        if con.execute(f"select count(*) from {table}").fetchall() == [(0,)]
    ]
    if not empty:
        return
    con.execute("begin transaction")
    try:
        for table, file in empty:
            frame = read_csv(file)
            if table == "distribution_key":
                for _, group in frame.group_by("valid_from"):
                    check_key_shares(
                        {r["municipality_code"]: Decimal(r["share_pct"]) for r in group.to_dicts()}
                    )
            cols = ", ".join(frame.columns)
            con.register("incoming_reference", frame)
            con.execute(f"insert into {table} ({cols}) select {cols} from incoming_reference")
            con.unregister("incoming_reference")
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
