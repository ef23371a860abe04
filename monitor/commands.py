"""Basic commands: ``init`` (empty database with reference data), ``info`` and ``demo``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from monitor import db


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", default=None, help="database file (default: MONITOR_DB or data/monitor.duckdb)"
    )


def use_db(path: str | None) -> str:
    """Point this process at ``path`` (or the default) and return it."""
    chosen = path or db.db_path()
    os.environ["MONITOR_DB"] = chosen
    return chosen


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("init", help="lege database met referentiegegevens")
    _add_db(p)
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("info", help="aantal rijen per tabel")
    _add_db(p)
    p.set_defaults(func=cmd_info)

    p = subparsers.add_parser("demo", help="bouw een demodatabase met verzonnen gegevens")
    _add_db(p)
    p.add_argument("--seed", type=int, default=2024)
    p.add_argument("--scale", type=int, default=1, help="vermenigvuldig activiteiten en verhalen")
    p.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    p.set_defaults(func=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    path = use_db(args.db)
    con = db.open_connection(path)
    con.close()
    print(f"Database klaar: {path}")
    return 0


def table_counts(path: str) -> list[tuple[str, int]]:
    con = db.open_connection(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where database_name = current_database() "
                "order by table_name"
            ).fetchall()
        ]
        return [
            (t, int(con.execute(f'select count(*) from "{t}"').fetchall()[0][0])) for t in tables
        ]
    finally:
        con.close()


def cmd_info(args: argparse.Namespace) -> int:
    path = use_db(args.db)
    if not Path(path).exists():
        print(f"Bestand bestaat niet: {path}", file=sys.stderr)
        return 2
    for table, count in table_counts(path):
        print(f"{table:<32} {count:>10}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from monitor.demo_data import build as build_demo

    path = use_db(args.db)
    if Path(path).exists():
        if not args.force:
            print(
                f"Bestand bestaat al: {path} (gebruik --force om opnieuw te bouwen)",
                file=sys.stderr,
            )
            return 2
        Path(path).unlink()
        Path(path + ".wal").unlink(missing_ok=True)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    build_demo(path, seed=args.seed, scale=args.scale, progress=sys.stderr)
    print(f"Demodatabase klaar: {path}")
    return 0
