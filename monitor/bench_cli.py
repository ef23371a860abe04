"""Command ``python -m monitor bench``: the benchmark of issue 9 (``make bench``)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from monitor import bench


def _ints(text: str) -> list[int]:
    try:
        values = [int(v) for v in text.split(",") if v.strip()]
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"geen lijst van gehele getallen: {text}") from exc
    if not values or any(v < 1 for v in values):
        raise argparse.ArgumentTypeError(f"schalen zijn gehele getallen vanaf 1: {text}")
    return values


def _kinds(text: str) -> list[str]:
    kinds = [k.strip() for k in text.split(",") if k.strip()]
    unknown = sorted(set(kinds) - set(bench.KINDS))
    if unknown:
        raise argparse.ArgumentTypeError(
            f"onbekend onderdeel {', '.join(unknown)}; kies uit {', '.join(bench.KINDS)}"
        )
    return kinds


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",") if n.strip()]


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "bench",
        help="meet pagina's, queries, rapporten en schrijven op schaal 1, 10 en 50",
        description="Bouwt (of hergebruikt, in bench/dbs/) demodatabases per schaal en meet.",
    )
    p.add_argument(
        "--scales",
        type=_ints,
        default=list(bench.DEFAULT_SCALES),
        help="schalen, komma-gescheiden (standaard 1,10,50)",
    )
    p.add_argument("--repeat", type=int, default=5, help="herhalingen per meting (standaard 5)")
    p.add_argument(
        "--out",
        type=Path,
        default=bench.RESULTS_DIR,
        help="map voor latest.json en latest.md (standaard bench/results)",
    )
    p.add_argument("--seed", type=int, default=bench.DEFAULT_SEED)
    p.add_argument(
        "--kinds",
        type=_kinds,
        default=list(bench.KINDS),
        help="alleen deze onderdelen: " + ",".join(bench.KINDS),
    )
    p.add_argument(
        "--db",
        type=Path,
        default=None,
        help="meet een kopie van dit bestand in plaats van demodatabases (schaal 0)",
    )
    p.add_argument("--writers", type=int, default=20, help="andere schrijvers tegelijk")
    p.add_argument(
        "--write-samples", type=int, default=50, help="gemeten opslagen per soort (standaard 50)"
    )
    p.add_argument(
        "--roles-per-page",
        type=int,
        default=None,
        help="hoogstens zoveel rollen per pagina (standaard: elke rol)",
    )
    p.add_argument(
        "--pages", type=_names, default=None, help="alleen deze paginabestanden (pages/x.py,...)"
    )
    p.add_argument(
        "--report-formats", type=_names, default=None, help="alleen deze formaten (pdf,docx,...)"
    )
    p.add_argument(
        "--page-budget",
        type=float,
        default=60.0,
        help="seconden per pagina en rol waarna geen nieuwe ronde begint (standaard 60)",
    )
    p.add_argument("--rebuild", action="store_true", help="bouw de demodatabases opnieuw")
    p.add_argument(
        "--no-readme",
        action="store_true",
        help="laat README.md ongemoeid (standaard: sectie Snelheid bijwerken)",
    )
    p.set_defaults(func=cmd_bench)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.repeat < 1:
        sys.stderr.write("--repeat moet minstens 1 zijn\n")
        return 2
    if args.db is not None and not args.db.exists():
        sys.stderr.write(f"Bestand bestaat niet: {args.db}\n")
        return 2
    options = bench.Options(
        repeat=args.repeat,
        kinds=args.kinds,
        roles_per_page=args.roles_per_page,
        pages=args.pages,
        report_formats=args.report_formats,
        page_budget_s=args.page_budget,
        write_samples=args.write_samples,
        writers=args.writers,
    )
    records = bench.main_run(
        args.scales,
        seed=args.seed,
        options=options,
        out_dir=args.out,
        db_file=args.db,
        readme=not args.no_readme and args.db is None,
        rebuild=args.rebuild,
    )
    failed = [r for r in records if r.status == "error"]
    for r in failed:
        sys.stderr.write(f"FOUT {r.kind} {r.name} (schaal {r.scale}): {r.note}\n")
    return 1 if failed else 0
