"""Command ``index-notes``: bring the stemmed search index of notes up to date.

The app keeps the index current by itself before every search; after an import or a fresh demo
database this builds it in advance, so the first search is not the one that waits.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from monitor import commands, stories


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("index-notes", help="zoekindex van de verhalen bijwerken")
    p.add_argument(
        "--db", default=None, help="database file (default: MONITOR_DB or data/monitor.duckdb)"
    )
    p.set_defaults(func=cmd_index_notes)


def cmd_index_notes(args: argparse.Namespace) -> int:
    path = commands.use_db(args.db)
    if not Path(path).exists():
        print(f"Bestand bestaat niet: {path}", file=sys.stderr)
        return 2
    start = time.perf_counter()
    done = stories.sync_note_index()
    print(f"Zoekindex bijgewerkt: {done} verhalen in {time.perf_counter() - start:.1f} s.")
    return 0
