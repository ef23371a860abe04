"""``python -m monitor import FILE --db PATH [--dry-run] [--reden TEXT]``: activities from the
planning system.

Exit code 0 when the file was imported (or, with ``--dry-run``, could be), 2 when it was refused;
the reasons per row go to stderr. New rows in a half-year whose figures are definitive need
``--reden`` (it is audited). A refused import (not a dry run) is noted for the coördinator.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from monitor import formatting, importer
from monitor.access import Role, Viewer
from monitor.commands import use_db
from monitor.validation import ValidationError


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "import", help="lees activiteiten in uit het planningssysteem (CSV of Excel)"
    )
    p.add_argument("file", help="CSV- of Excel-bestand (.csv, .xlsx)")
    p.add_argument(
        "--db", default=None, help="database file (default: MONITOR_DB or data/monitor.duckdb)"
    )
    p.add_argument("--dry-run", action="store_true", help="alleen controleren, niets opslaan")
    p.add_argument(
        "--reden",
        default=None,
        help="reden om in een halfjaar met definitieve cijfers in te lezen (komt in het logboek)",
    )
    p.set_defaults(func=cmd_import)


def cli_viewer() -> Viewer:
    """The command line acts as the coördinator; the audit log names the system user."""
    return Viewer(0, f"cli:{getpass.getuser()}", "Opdrachtregel", Role.COORDINATOR)


def _out(text: str) -> None:
    sys.stdout.write(text + "\n")


def _err(text: str) -> None:
    sys.stderr.write(text + "\n")


def cmd_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        _err(f"Bestand bestaat niet: {path}")
        return 2
    database = Path(use_db(args.db))
    if not database.exists():
        # Opening a missing file would create an empty database and refuse every row.
        _err(f"Database bestaat niet: {database} (maak er een met 'python -m monitor init').")
        return 2
    content = path.read_bytes()
    viewer = cli_viewer()

    def refuse(messages: list[str], rows_refused: int = 0) -> int:
        if not args.dry_run:
            importer.note_refusal(viewer, content, path.name, messages, rows_refused)
        return 2

    try:
        checked = importer.preview(viewer, content, path.name)
    except ValidationError as exc:
        for message in exc.messages:
            _err(message)
        _err("Niets ingelezen.")
        return refuse(exc.messages)
    _out(f"{path.name}: {checked.summary()}")
    if checked.ignored_columns:
        _out("Genegeerde kolommen: " + ", ".join(checked.ignored_columns))
    if not checked.ok:
        for problem in checked.problems:
            _err(problem.message())
        _err("Niets ingelezen: het bestand wordt alleen in zijn geheel ingelezen.")
        return refuse([p.message() for p in checked.problems], len(checked.problems))
    lock = checked.lock_text()
    if lock and not (args.reden or "").strip():
        _err(lock + " Geef die op met --reden. Niets ingelezen.")
        return refuse([lock])
    if args.dry_run:
        _out("Proefrun: niets opgeslagen.")
        return 0
    try:
        _, result = importer.import_file(viewer, content, path.name, reason=args.reden)
    except ValidationError as exc:
        for message in exc.messages:
            _err(message)
        _err("Niets ingelezen.")
        return refuse(exc.messages)
    _out(
        f"Ingelezen: {formatting.num(len(result.activity_ids))} nieuwe activiteiten; "
        f"{formatting.num(result.duplicates)} waren al eerder ingelezen."
    )
    return 0
