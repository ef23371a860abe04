"""``python -m monitor report``: build, write and archive a half-year report from the shell."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from monitor import db, periods
from monitor.commands import use_db
from monitor.import_cli import cli_viewer
from monitor.reports import issue
from monitor.reports.data import build_report


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("report", help="halfjaarrapportage maken (pdf, docx, html of md)")
    p.add_argument("--period", required=True, help="halfjaar, bijvoorbeeld 2025-H2")
    p.add_argument("--format", required=True, choices=sorted(issue.FORMATS), dest="fmt")
    p.add_argument("--out", required=True, help="bestand om naar te schrijven")
    p.add_argument(
        "--db", default=None, help="database file (default: MONITOR_DB or data/monitor.duckdb)"
    )
    p.add_argument("--municipality", default=None, help="naam of code van één gemeente")
    p.add_argument("--by", default=None, help="naam van wie de rapportage opstelt")
    p.set_defaults(func=cmd_report)


def resolve_municipality(value: str) -> str:
    """A municipality code from a name ('Venlo', case-insensitive) or a code ('GM0983')."""
    wanted = value.strip().casefold()
    rows = db.read(
        "report_deployment_by_municipality",
        start=periods.CONTRACT_START,
        end=periods.CONTRACT_START,
    ).to_dicts()
    for r in rows:
        code = r["municipality_code"]
        if code and wanted in (code.casefold(), str(r["municipality_name"]).casefold()):
            return str(code)
    raise ValueError(f"Onbekende gemeente '{value}'.")


def cmd_report(args: argparse.Namespace) -> int:
    path = use_db(args.db)
    if not Path(path).exists():
        print(f"Bestand bestaat niet: {path}", file=sys.stderr)
        return 2
    actor = cli_viewer().login
    started = time.perf_counter()
    try:
        code = resolve_municipality(args.municipality) if args.municipality else None
        report = build_report(args.period, municipality_code=code, prepared_by=args.by or actor)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    issued = issue.issue(cli_viewer(), report, args.fmt)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(issued.content)
    seconds = time.perf_counter() - started
    print(
        f"{out} geschreven ({len(issued.content):,} bytes, {seconds:.1f} s); "
        f"gearchiveerd als nummer {issued.archive_id}, sha256 {issued.sha256[:12]}…"
    )
    return 0
