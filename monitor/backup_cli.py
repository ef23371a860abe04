"""Commands ``backup`` and ``restore``: a consistent export of a database file and a rebuild.

``python -m monitor backup --db PATH --out DIR`` needs a file that no running app holds (the app
has the only connection; use Beheer > Back-up there). ``python -m monitor restore --from DIR
--db PATH`` rebuilds a fresh database file from such an export.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from monitor import backup, db


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "backup", help="consistente export (Parquet en schema) van een database"
    )
    p.add_argument(
        "--db", default=None, help="database file (default: MONITOR_DB or data/monitor.duckdb)"
    )
    p.add_argument("--out", required=True, help="lege map voor de export")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="bouw een database opnieuw op uit een export")
    p.add_argument("--from", dest="source", required=True, help="map met een export")
    p.add_argument("--db", required=True, help="nieuw databasebestand")
    p.add_argument("--force", action="store_true", help="overschrijf een bestaand bestand")
    p.set_defaults(func=cmd_restore)


def cmd_backup(args: argparse.Namespace) -> int:
    path = Path(args.db or db.db_path())
    try:
        result = backup.backup_file(path, Path(args.out))
    except backup.BackupError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Back-up klaar: {result.path} ({len(result.tables)} tabellen, {result.rows} rijen)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    try:
        counts = backup.restore(Path(args.source), Path(args.db), force=args.force)
    except backup.BackupError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(f"Hersteld: {args.db} ({len(counts)} tabellen, {sum(counts.values())} rijen)")
    return 0
