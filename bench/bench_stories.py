"""Benchmark of the text side of Verhalen en signalen at 100.000 notes (issue 6).

Usage: ``.venv/bin/python bench/bench_stories.py [DEMO_DB] [--notes 100000]``

Works on a copy of a demo database (default: a fresh ``python -m monitor demo --scale 50``
build in a temporary folder), tops it up to ``--notes`` notes by re-using demo texts, then times:
the first full build of the search index, a no-op sync, a search, the default feed, the term
counts and log-odds of "Wat komt op?", and ``monitor.text.emerging_terms`` on raw texts.
Times are printed, never asserted.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def timed(label: str, fn: Callable[[], Any], repeat: int = 1) -> Any:
    result = None
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    sys.stdout.write(f"{label:<58} {best * 1000:>10.1f} ms\n")
    sys.stdout.flush()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", nargs="?", help="demo database to copy (default: build scale 50)")
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args()
    logging.getLogger("streamlit").setLevel(logging.ERROR)
    work = Path(tempfile.mkdtemp(prefix="bench-stories-"))
    path = work / "bench.duckdb"
    if args.db:
        shutil.copyfile(args.db, path)
    else:
        subprocess.run(
            [sys.executable, "-m", "monitor", "demo", "--db", str(path), "--scale", "50"],
            check=True,
            cwd=ROOT,
        )
    os.environ["MONITOR_DB"] = str(path)

    import datetime as dt

    from monitor import db, periods, stories, text
    from monitor.access import Role, Viewer

    con = db.open_connection(path)
    have = con.execute("select count(*) from note").fetchall()[0][0]
    if have < args.notes:
        # Top up with copies of existing notes a year later, so texts stay realistic.
        con.execute(
            "insert into note (note_date, peer_expert_id, municipality_code, sub_assignment_id,"
            " level, body, visibility, setting_code, created_by)"
            " select least(note_date + interval 180 day, date '2026-12-31')::date, peer_expert_id,"
            " municipality_code, sub_assignment_id, level, body || ' (herhaald)', visibility,"
            " setting_code, 'bench' from note order by id limit $n",
            {"n": args.notes - have},
        )
    count = con.execute("select count(*) from note").fetchall()[0][0]
    con.close()
    sys.stdout.write(f"notes: {count}\n")

    coordinator = Viewer(0, "bench", "Bench", Role.COORDINATOR)
    manager = Viewer(0, "bench", "Bench", Role.CONTRACT_MANAGER)
    indexed = timed("sync_note_index: first full build", stories.sync_note_index)
    rows = db.read("app_settings")  # warm connection
    del rows
    sys.stdout.write(f"  indexed notes: {indexed}\n")
    timed("sync_note_index: nothing changed", stories.sync_note_index, repeat=3)
    contract = periods.contract_period()
    for viewer in (coordinator, manager):
        for query in ("gesprek", "formulier schulden", "inloop"):
            params = stories.feed_params(
                viewer,
                contract.start,
                contract.end,
                limit=30,
                terms=stories.search_terms(query),
            )
            df = timed(
                f"search '{query}' as {viewer.role}",
                lambda p=params: db.read("notes_for_viewer", **p),
                repeat=3,
            )
            total = int(df["total_matches"][0]) if df.height else 0
            sys.stdout.write(f"  matches: {total}\n")
        params = stories.feed_params(viewer, contract.start, contract.end, limit=30)
        timed(
            f"feed, newest 30, as {viewer.role}",
            lambda p=params: db.read("notes_for_viewer", **p),
            3,
        )
    recent = periods.half_year(2026, 1)
    earlier = recent.previous()
    counts = timed(
        "term_counts_by_period (two half-years)",
        lambda: db.read(
            "term_counts_by_period",
            start_a=recent.start,
            end_a=recent.end,
            start_b=earlier.start,
            end_b=earlier.end,
            **coordinator.note_params(),
        ),
        repeat=3,
    )
    sys.stdout.write(f"  terms: {counts.height}\n")
    terms = timed("emerging_from_counts (log-odds)", lambda: text.emerging_from_counts(counts), 3)
    sys.stdout.write(f"  top rising: {terms['label'].head(5).to_list()}\n")
    bodies = db.read(
        "notes_for_viewer",
        **stories.feed_params(coordinator, dt.date(2025, 1, 1), dt.date(2026, 1, 1), limit=20_000),
    )["body"].to_list()
    half = len(bodies) // 2
    timed(
        f"emerging_terms on raw texts ({half} vs {len(bodies) - half})",
        lambda: text.emerging_terms(bodies[:half], bodies[half:]),
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
