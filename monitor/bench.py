"""Benchmark: pages, queries, reports and concurrent writes at several data scales, and the main
aggregates side by side in DuckDB, SQLite and in-memory Polars.

``run`` measures one or more databases and returns ``Record``s; ``write_results`` stores them as
``latest.json`` and ``latest.md``; ``update_readme`` puts the summary in README.md. Speed is only
ever measured here, never asserted in a test.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import importlib
import importlib.util
import inspect
import io
import json
import math
import os
import platform
import re
import shutil
import sqlite3
import statistics
import sys
import threading
import time
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO

import polars as pl

import queries
from monitor import db, migrate, navigation, periods
from monitor.access import Role, Viewer

ROOT = Path(__file__).resolve().parents[1]
DB_DIR = ROOT / "bench" / "dbs"
RESULTS_DIR = ROOT / "bench" / "results"
README = ROOT / "README.md"
README_SECTION = "## Snelheid (benchmark)"

KINDS = ("page", "query", "report", "write", "compare")
ENGINES = ("duckdb", "sqlite", "polars")
DEFAULT_SCALES = (1, 10, 50)
DEFAULT_SEED = 2024
WRITE_PREFIXES = ("insert_", "update_", "delete_", "upsert_")
WRITE_QUERY_NOTE = "write query: not run on its own (saving is measured under kind write)"
SEARCH_WORD = "gesprek"
# Each engine runs each compared aggregate for at least this long (at least --repeat times).
COMPARE_MIN_SECONDS = 1.0
INDEX_SEARCH = "verhalen zoeken via de woordenindex"
REPORT_REPEAT = 3  # a report takes seconds; three builds give a stable median

# Goals of issue 9, checked against the largest scale measured.
GOAL_PAGE_WARM_S = 0.5
GOAL_SQLITE_RATIO = 10.0
GOAL_POLARS_RATIO = 3.0
GOAL_PDF_S = 10.0


@dataclass
class Record:
    """One measured (or skipped) item: the fields of ``latest.json``."""

    name: str
    kind: str
    engine: str
    scale: int
    median_s: float | None
    p99_s: float | None
    rows: int | None
    repeat: int
    spread_s: float | None = None
    min_s: float | None = None
    max_s: float | None = None
    role: str | None = None
    cache: str | None = None
    ratio: float | None = None
    status: str = "ok"
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Stats:
    median: float
    p99: float
    spread: float
    low: float
    high: float
    n: int


def stats(samples: Sequence[float]) -> Stats:
    """Median, 99th percentile (nearest rank), spread (max - min) of timings in seconds."""
    if not samples:
        raise ValueError("no samples")
    s = sorted(samples)
    rank = max(1, math.ceil(0.99 * len(s)))
    return Stats(statistics.median(s), s[rank - 1], s[-1] - s[0], s[0], s[-1], len(s))


def measured(
    name: str,
    kind: str,
    scale: int,
    samples: Sequence[float],
    *,
    engine: str = "duckdb",
    rows: int | None = None,
    with_p99: bool = False,
    **extra: Any,
) -> Record:
    st = stats(samples)
    return Record(
        name=name,
        kind=kind,
        engine=engine,
        scale=scale,
        median_s=st.median,
        p99_s=st.p99 if with_p99 else None,
        rows=rows,
        repeat=st.n,
        spread_s=st.spread,
        min_s=st.low,
        max_s=st.high,
        **extra,
    )


def skipped(
    name: str, kind: str, scale: int, reason: str, *, status: str = "skipped", **extra: Any
) -> Record:
    return Record(
        name=name,
        kind=kind,
        engine=extra.pop("engine", "duckdb"),
        scale=scale,
        median_s=None,
        p99_s=None,
        rows=None,
        repeat=0,
        status=status,
        note=reason,
        **extra,
    )


def timed(
    fn: Callable[[], Any],
    repeat: int,
    *,
    warmup: int = 0,
    min_seconds: float = 0.0,
    max_repeat: int = 50,
) -> tuple[list[float], Any]:
    """Call ``fn`` ``warmup`` times untimed, then at least ``repeat`` times, and more (up to
    ``max_repeat``) until ``min_seconds`` were measured: a median of a few runs of a 10 ms query
    moves with any hiccup of the machine. Returns the timings and the last result."""
    samples: list[float] = []
    result: Any = None
    for _ in range(warmup):
        result = fn()
    while len(samples) < repeat or (sum(samples) < min_seconds and len(samples) < max_repeat):
        start = time.perf_counter()
        result = fn()
        samples.append(time.perf_counter() - start)
    return samples, result


# --------------------------------------------------------------------------- demo databases


def schema_fingerprint() -> str:
    """Short hash of the migrations, reference data and demo generator a demo file was built by."""
    h = hashlib.sha256()
    for _, name, sql in migrate.migration_files():
        h.update(name.encode())
        h.update(sql.encode())
    for path in [
        ROOT / "monitor" / "demo_data.py",
        ROOT / "monitor" / "demo_texts.py",
        *sorted((ROOT / "data").glob("*.csv")),
    ]:
        if path.exists():
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:10]


def demo_db(
    scale: int, seed: int = DEFAULT_SEED, *, rebuild: bool = False, progress: TextIO | None = None
) -> Path:
    """The cached demo database for ``scale`` and ``seed`` under bench/dbs/, built when missing."""
    DB_DIR.mkdir(parents=True, exist_ok=True)
    stem = f"demo-scale{scale}-seed{seed}"
    path = DB_DIR / f"{stem}-{schema_fingerprint()}.duckdb"
    if path.exists() and not rebuild:
        return path
    from monitor import demo_data  # lands with issue 2; only needed when building

    building = DB_DIR / f"{stem}.building.duckdb"
    for p in (building, Path(f"{building}.wal")):
        p.unlink(missing_ok=True)
    _log(progress, f"demo database scale {scale} (seed {seed}) wordt gebouwd: {path.name}")
    start = time.perf_counter()
    demo_data.build(str(building), seed=seed, scale=scale, progress=progress or io.StringIO())
    if Path(f"{building}.wal").exists():  # fold the WAL in so the file can be copied alone
        con = db.open_connection(building)
        con.execute("checkpoint")
        con.close()
    os.replace(building, path)
    for old in DB_DIR.glob(f"{stem}-*.duckdb"):
        if old != path:
            old.unlink()
    _log(progress, f"  klaar in {time.perf_counter() - start:.0f} s")
    return path


def work_copy(source: Path, scale: int) -> Path:
    """A throw-away copy to benchmark on (writes and archived reports must not touch the cache)."""
    DB_DIR.mkdir(parents=True, exist_ok=True)
    target = DB_DIR / f"work-scale{scale}.duckdb"
    for p in (target, Path(f"{target}.wal")):
        p.unlink(missing_ok=True)
    shutil.copyfile(source, target)
    if Path(f"{source}.wal").exists():
        shutil.copyfile(f"{source}.wal", f"{target}.wal")
    return target


# --------------------------------------------------------------------------- context


@dataclass
class Context:
    """What one database offers the benchmark: its users per role, a period, existing ids."""

    path: Path
    scale: int
    period: periods.Period
    users: dict[Role, dict[str, Any]]
    tables: set[str]
    max_date: dt.date | None
    _ids: dict[str, Any] = field(default_factory=dict)

    def viewer(self, role: Role) -> Viewer:
        u = self.users[role]
        return Viewer(
            user_id=u["id"],
            login=u["login"],
            name=u["display_name"],
            role=role,
            peer_expert_id=u["peer_expert_id"],
            municipality_code=u["municipality_code"],
        )

    def scalar(self, sql: str, params: dict[str, Any] | None = None) -> Any:
        rows = fetch(sql, params)
        return rows[0][0] if rows else None


def fetch(sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    cur = db.connection().cursor()
    try:
        return cur.execute(sql, params or None).fetchall()
    finally:
        cur.close()


_USERS_SQL = """
select u.id, u.login, u.display_name, u.role, u.peer_expert_id, u.municipality_code,
    (select count(*) from activity as a where a.peer_expert_id = u.peer_expert_id)
    + (select count(*) from activity as a where a.municipality_code = u.municipality_code)
    as weight
from app_user as u
where u.active
order by u.role, weight desc, u.id
"""


def load_context(path: Path, scale: int) -> Context:
    tables = {r[0] for r in fetch("select table_name from duckdb_tables()")}
    users: dict[Role, dict[str, Any]] = {}
    cols = ("id", "login", "display_name", "role", "peer_expert_id", "municipality_code")
    for row in fetch(_USERS_SQL):
        users.setdefault(Role(row[3]), dict(zip(cols, row[:6], strict=True)))
    max_date = fetch("select max(activity_date) from activity")[0][0]
    anchor = (max_date + dt.timedelta(days=1)) if max_date else dt.date.today()
    period = periods.half_year_of(anchor).previous()
    return Context(path, scale, period, users, tables, max_date)


# --------------------------------------------------------------------------- queries


class Underivable(LookupError):
    """No sensible value for a query parameter."""


# Values the name-based rules cannot guess. A callable receives the Context.
QUERY_OVERRIDES: dict[str, dict[str, Any]] = {
    "foreign_keys_to_table": {"table": "peer_expert"},
    "activities_by_source_id": {
        # an import file of 200 rows: the known ids, else ids as the planning system makes them
        "source_ids": lambda ctx: (
            [
                r[0]
                for r in fetch(
                    "select source_id from activity where source_id is not null order by id limit 200"
                )
            ]
            or [f"PLAN-{i:06d}" for i in range(200)]
        ),
    },
    "note_sources_by_collective": {
        "collective_ids": lambda ctx: [
            r[0]
            for r in fetch(
                "select distinct collective_note_id from note_source order by 1 limit 50"
            )
        ],
    },
}

_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")


def query_params(name: str) -> list[str]:
    """Parameter names of a query, in order of first use."""
    seen: dict[str, None] = {}
    for m in _PARAM.finditer(_body(queries.load(name))):
        seen.setdefault(m.group(1), None)
    return list(seen)


def _header(sql: str) -> str:
    lines = []
    for line in sql.splitlines():
        if not line.startswith("--"):
            break
        lines.append(line[2:].strip())
    return " ".join(lines)


def _body(sql: str) -> str:
    return "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))


def param_hints(name: str) -> dict[str, str]:
    """Per parameter the text of the ``Params:`` header that describes it (type, null, notes).

    ``$a, $b varchar or null`` gives both the hint of ``$b``; a phrase like "filters that are
    null when not used:" marks every parameter up to the next ``;``.
    """
    header = _header(queries.load(name))
    params = header.split("Params:", 1)[1] if "Params:" in header else ""
    hints: dict[str, str] = {}
    pending: list[str] = []
    null_when_unused = False
    for part in re.split(r"(?=\$[a-z_])", params):
        m = _PARAM.match(part)
        if not m:
            null_when_unused = "null when not used" in part
            continue
        text = part[m.end() :]
        if not text.strip(" ,"):  # shares the description of the parameter that follows
            pending.append(m.group(1))
            continue
        own, rest = _split_top_level(text)
        own += " [null when not used]" if null_when_unused else ""
        for p in [*pending, m.group(1)]:
            hints[p] = own
        pending = []
        if rest is not None:
            null_when_unused = "null when not used" in rest
        elif "null when not used" in text:
            null_when_unused = True
    for p in pending:
        hints[p] = ""
    return hints


def _split_top_level(text: str) -> tuple[str, str | None]:
    """Split at the first ``;`` outside parentheses: (before, after or None)."""
    depth = 0
    for i, ch in enumerate(text):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == ";" and depth <= 0:
            return text[:i], text[i + 1 :]
    return text, None


def is_write(name: str) -> bool:
    first = _body(queries.load(name)).strip().split(None, 1)
    return name.startswith(WRITE_PREFIXES) or (
        bool(first) and first[0].lower() in {"insert", "update", "delete"}
    )


def _table_for(ctx: Context, stem: str) -> str | None:
    if stem in ctx.tables:
        return stem
    candidates = sorted(t for t in ctx.tables if t.endswith("_" + stem))
    return candidates[0] if candidates else None


def existing_id(ctx: Context, table: str) -> Any:
    """An existing id of ``table``; for peer experts and sub-assignments the busiest one."""
    if table in ctx._ids:
        return ctx._ids[table]
    if table in {"peer_expert", "sub_assignment"}:
        value = ctx.scalar(
            f"select t.id from {table} as t left join activity as a on a.{table}_id = t.id "
            "group by t.id order by count(a.id) desc, t.id limit 1"
        )
    else:
        value = ctx.scalar(f"select min(id) from {table}")
    if value is None:
        raise Underivable(f"tabel {table} is leeg")
    ctx._ids[table] = value
    return value


def busiest_municipality(ctx: Context) -> str:
    code = ctx.scalar(
        "select municipality_code from activity where municipality_code is not null "
        "group by 1 order by count(*) desc, 1 limit 1"
    ) or ctx.scalar("select min(code) from municipality")
    return str(code)


def derive_param(ctx: Context, query: str, param: str, hint: str) -> Any:
    """A sensible value for ``$param`` of ``query`` from its name and its header hint."""
    hint_l = hint.lower()
    p = ctx.period
    viewer = ctx.viewer(Role.COORDINATOR) if Role.COORDINATOR in ctx.users else None
    if param.startswith("viewer_"):
        if viewer is None:
            raise Underivable("geen coördinator in app_user")
        vals = {**viewer.note_params(), "viewer_user_id": viewer.user_id}
        vals["viewer_login"] = viewer.login
        if param not in vals:
            raise Underivable(f"onbekende viewer-parameter ${param}")
        return vals[param]
    if "[null when not used]" in hint:
        return None
    if re.search(r"\bor null\b", hint_l) and not param.endswith("_id"):
        return None
    if "[]" in hint and "empty" in hint_l:
        return []
    if "'alle'" in hint_l:
        return "alle"
    # Two periods side by side ($start_a/$end_a, $start_b/$end_b): the previous one and this one.
    m = re.fullmatch(r"(start|end)_(a|b)", param)
    if m:
        chosen = p.previous() if m.group(2) == "a" else p
        return chosen.start if m.group(1) == "start" else chosen.end
    if param in {"start", "period_start", "from_date", "date_from"}:
        return p.start
    if param in {"end", "period_end", "to_date", "date_to"}:
        return p.end
    if param == "previous_start":
        return p.previous().start
    if param == "since":
        return dt.datetime.combine(p.start, dt.time())
    if param in {"today", "until", "as_of", "day", "date"}:
        return dt.date.today()
    if param.endswith("_date"):
        return p.start
    if param == "period":
        return p.code
    if param == "year":
        return p.start.year
    if param == "limit":
        return 50
    if param == "offset":
        return 0
    if param in {"municipality", "municipality_code"}:
        return busiest_municipality(ctx)
    if param in {"theme", "theme_code"}:
        return ctx.scalar("select min(code) from theme where active")
    if param in {"login", "actor"} and viewer is not None:
        if "$peer_expert_id" in queries.load(query):  # the login of that peer expert
            pe = existing_id(ctx, "peer_expert")
            login = ctx.scalar("select login from app_user where peer_expert_id = $pe", {"pe": pe})
            return login or viewer.login
        return viewer.login
    if param in {"word", "query", "q", "search", "term"}:
        return SEARCH_WORD
    quoted = re.findall(r"'([^']+)'", hint)
    if quoted and "varchar" in hint_l:  # "$grain varchar: 'month', 'quarter' or ..."
        return quoted[0]
    if param.endswith("_ids") and "[]" in hint:
        table = _table_for(ctx, param.removesuffix("_ids"))
        if table is None:
            raise Underivable(f"geen tabel gevonden voor ${param}")
        return [r[0] for r in fetch(f"select id from {table} order by id limit 50")]
    if param == "id" or param.endswith("_id"):
        stem = param.removesuffix("_id") if param != "id" else ""
        if not stem:  # "$id bigint (sub-assignment)", or the subject the query is named after
            m = re.search(r"\(([a-z -]+)\)", hint_l)
            stem = m.group(1).strip().replace("-", "_").replace(" ", "_") if m else ""
            if not _table_for(ctx, stem):
                tables = [t for t in ctx.tables if query.startswith(t)]
                stem = max(tables, key=len) if tables else ""
        table = _table_for(ctx, stem) if stem else None
        if table is None:
            raise Underivable(f"geen tabel gevonden voor ${param}")
        return existing_id(ctx, table)
    raise Underivable(f"geen waarde af te leiden voor ${param}")


def params_for(ctx: Context, name: str) -> dict[str, Any]:
    overrides = QUERY_OVERRIDES.get(name, {})
    hints = param_hints(name)
    values: dict[str, Any] = {}
    for param in query_params(name):
        if param in overrides:
            value = overrides[param]
            values[param] = value(ctx) if callable(value) else value
        else:
            values[param] = derive_param(ctx, name, param, hints.get(param, ""))
    return values


def bench_queries(ctx: Context, repeat: int, progress: TextIO | None) -> list[Record]:
    records = []
    for name in queries.names():
        if is_write(name):
            records.append(skipped(name, "query", ctx.scale, WRITE_QUERY_NOTE))
            continue
        try:
            params = params_for(ctx, name)
        except Underivable as exc:
            records.append(skipped(name, "query", ctx.scale, f"parameters: {exc}"))
            continue

        def read(n: str = name, p: dict[str, Any] = params) -> pl.DataFrame:
            return db.read(n, **p)

        shown = json.dumps(params, default=str, ensure_ascii=False)
        try:
            samples, df = timed(read, repeat, warmup=1)
        except Exception as exc:
            reason = f"fout: {exc} met {shown}"[:400]
            records.append(skipped(name, "query", ctx.scale, reason, status="error"))
            continue
        records.append(measured(name, "query", ctx.scale, samples, rows=df.height, note=shown))
        _log(progress, f"  query {name}: {stats(samples).median * 1000:.1f} ms")
    return records


# --------------------------------------------------------------------------- pages


def page_roles(ctx: Context, spec: navigation.PageSpec, roles_per_page: int | None) -> list[Role]:
    roles = [r for r in Role if r in spec.roles and r in ctx.users]
    return roles[:roles_per_page] if roles_per_page else roles


def bench_pages(
    ctx: Context,
    repeat: int,
    progress: TextIO | None,
    *,
    pages: Iterable[str] | None = None,
    roles_per_page: int | None = None,
    budget_s: float | None = None,
) -> list[Record]:
    from monitor import ui_bench

    wanted = set(pages) if pages is not None else None
    records = []
    for spec in navigation.PAGES:
        if wanted is not None and spec.file not in wanted:
            continue
        roles = page_roles(ctx, spec, roles_per_page)
        if not roles:
            records.append(
                skipped(spec.title, "page", ctx.scale, "geen gebruiker met een toegestane rol")
            )
            continue
        too_slow: str | None = None
        for role in roles:
            if too_slow:
                records.append(skipped(spec.title, "page", ctx.scale, too_slow, role=str(role)))
                continue
            run = ui_bench.time_page(
                spec.file, ctx.users[role]["id"], repeat=repeat, budget_s=budget_s
            )
            if run.error:
                reason = f"{spec.file}: {run.error}"
                records.append(
                    skipped(spec.title, "page", ctx.scale, reason, status="error", role=str(role))
                )
                _log(progress, f"  pagina {spec.title} ({role}): FOUT {run.error[:120]}")
                continue
            for cache, samples in (("cold", run.cold), ("warm", run.warm)):
                records.append(
                    measured(
                        spec.title,
                        "page",
                        ctx.scale,
                        samples,
                        cache=cache,
                        note=spec.file,
                        role=str(role),
                    )
                )
            _log(
                progress,
                f"  pagina {spec.title} ({role}): koud {stats(run.cold).median:.3f} s, "
                f"warm {stats(run.warm).median:.3f} s",
            )
            first_round = run.cold[0] + run.warm[0]
            if budget_s is not None and first_round > budget_s:
                too_slow = (
                    f"not measured: one round as {role} already took {first_round:.0f} s "
                    f"(budget {budget_s:.0f} s per page and role)"
                )
    return records


# --------------------------------------------------------------------------- reports


def report_formats() -> list[str] | None:
    """The formats of ``python -m monitor report`` (issue 7), or None when it does not exist."""
    if importlib.util.find_spec("monitor.reports") is None:
        return None
    from monitor import cli

    parser = cli.build_parser()
    for action in parser._subparsers._group_actions if parser._subparsers else []:
        sub = getattr(action, "choices", {}).get("report")
        if sub is None:
            continue
        for a in sub._actions:
            if "--format" in a.option_strings:
                return list(a.choices or [])
    return None


def bench_reports(
    ctx: Context, repeat: int, progress: TextIO | None, *, formats: Iterable[str] | None = None
) -> list[Record]:
    available = report_formats()
    if available is None:
        return [skipped("halfjaarrapportage", "report", ctx.scale, "monitor/reports bestaat niet")]
    from monitor import cli

    chosen = [f for f in available if formats is None or f in set(formats)]
    out_dir = ctx.path.parent / "reports"
    out_dir.mkdir(parents=True, exist_ok=True)
    records = []
    for fmt in chosen:
        out = out_dir / f"halfjaarrapportage-{ctx.period.code}-scale{ctx.scale}.{fmt}"
        argv = ["report", "--period", ctx.period.code, "--format", fmt]
        argv += ["--out", str(out), "--db", str(ctx.path)]
        name = f"halfjaarrapportage {ctx.period.code} ({fmt})"

        def build(argv: list[str] = argv) -> int:
            db.clear_caches()  # a build from scratch, not from cached report data
            args = cli.build_parser().parse_args(argv)
            with contextlib.redirect_stdout(io.StringIO()):
                code: int = args.func(args)
            return code

        try:
            samples, code = timed(build, min(repeat, REPORT_REPEAT))
        except Exception as exc:
            records.append(
                skipped(name, "report", ctx.scale, f"fout: {exc!r}"[:300], status="error")
            )
            continue
        if code != 0 or not out.exists():
            records.append(skipped(name, "report", ctx.scale, f"exit code {code}", status="error"))
            continue
        size = out.stat().st_size
        records.append(measured(name, "report", ctx.scale, samples, note=f"{fmt}, {size:,} bytes"))
        _log(progress, f"  rapport {fmt}: {stats(samples).median:.2f} s")
        out.unlink()
    return records


# --------------------------------------------------------------------------- writes


NOTE_BODY = (
    "Benchmark: in de inloop vertelde een bewoner over de weg naar werk. "
    "Samen keken we wat er nodig is."
)
# Link tables that hold the multi-valued fields of a registration, per input field.
_LINKS = {
    "theme_codes": ("{table}_theme", "{table}_id", "theme_code"),
    "tag_codes": ("note_added_value", "note_id", "tag_code"),
}


def _writer_viewer(ctx: Context) -> Viewer:
    role = Role.PEER_EXPERT if Role.PEER_EXPERT in ctx.users else Role.COORDINATOR
    if role not in ctx.users:
        raise Underivable("geen ervaringsdeskundige of coördinator in app_user")
    return ctx.viewer(role)


def _latest_row(table: str, date_col: str, viewer: Viewer) -> dict[str, Any]:
    """The newest row of ``table`` the writer may register again (their own, for a peer expert)."""
    cur = db.connection().cursor()
    try:
        where = "where peer_expert_id = $pe" if viewer.peer_expert_id is not None else ""
        cur.execute(
            f"select * from {table} {where} order by {date_col} desc, id desc limit 1",
            {"pe": viewer.peer_expert_id} if where else None,
        )
        cols = [d[0] for d in cur.description or []]
        rows = cur.fetchall()
    finally:
        cur.close()
    if not rows:
        raise Underivable(f"geen voorbeeldrij in {table} voor {viewer.login}")
    row = dict(zip(cols, rows[0], strict=True))
    for name, (link, key, col) in _LINKS.items():
        link_table = link.format(table=table)
        if link_table in {r[0] for r in fetch("select table_name from duckdb_tables()")}:
            found = fetch(
                f"select {col} from {link_table} where {key.format(table=table)} = $id order by 1",
                {"id": row["id"]},
            )
            row[name] = tuple(r[0] for r in found)
    return row


def _query_saver(ctx: Context, query: str, table: str, date_col: str) -> Callable[[], Any]:
    """Save one row of ``table`` through ``queries/<query>.sql`` in an audited transaction."""
    viewer = _writer_viewer(ctx)
    template = _latest_row(table, date_col, viewer)
    hints = param_hints(query)
    values: dict[str, Any] = {}
    for param in query_params(query):
        if param == "body":
            values[param] = NOTE_BODY
        elif param in {"created_by", "actor", "login"}:
            values[param] = viewer.login
        elif param in template:
            values[param] = template[param]
        else:
            values[param] = derive_param(ctx, query, param, hints.get(param, ""))

    def save() -> Any:
        with db.transaction(actor=viewer.login) as tx:
            row = tx.one(query, **values)
            tx.audit("create", table, row[0] if row else None, None, values)
        return row

    return save


def _registration_savers(ctx: Context) -> dict[str, Callable[[], Any]] | None:
    """Savers through ``save_activity``/``save_note`` of ``monitor.registration`` (issue 3).

    Each saves a copy of the writer's newest activity or note, so validation passes as it would
    for a real entry; the input dataclass is filled by field name.
    """
    if importlib.util.find_spec("monitor.registration") is None:
        return None
    module = importlib.import_module("monitor.registration")
    viewer = _writer_viewer(ctx)
    savers: dict[str, Callable[[], Any]] = {}
    for kind, table, date_col in (
        ("verhaal", "note", "note_date"),
        ("activiteit", "activity", "activity_date"),
    ):
        fn = getattr(module, f"save_{table}", None)
        if not callable(fn):
            continue
        template = _latest_row(table, date_col, viewer)
        savers[kind] = _bind(fn, viewer, template)
    return savers or None


def _bind(fn: Callable[..., Any], viewer: Viewer, template: dict[str, Any]) -> Callable[[], Any]:
    """``fn(viewer, data)`` with ``data`` the dataclass ``fn`` expects, filled from ``template``."""
    hints = typing.get_type_hints(fn)
    params = list(inspect.signature(fn).parameters.values())
    if len(params) < 2 or not dataclasses.is_dataclass(hints.get(params[1].name)):
        raise Underivable(f"{fn.__name__}: onbekende aanroep {inspect.signature(fn)}")
    cls = hints[params[1].name]
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in template:
            values[f.name] = template[f.name]
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise Underivable(f"{cls.__name__}: geen waarde voor {f.name}")
    data = cls(**values)

    def save() -> Any:
        return fn(viewer, data)

    return save


def write_savers(ctx: Context) -> tuple[dict[str, Callable[[], Any]], str]:
    """(kind → save one row, how) for 'verhaal' and 'activiteit'; raises Underivable."""
    found = _registration_savers(ctx)
    if found:
        return found, "monitor.registration"
    names = set(queries.names())
    savers: dict[str, Callable[[], Any]] = {}
    if "insert_activity" in names:
        savers["activiteit"] = _query_saver(ctx, "insert_activity", "activity", "activity_date")
    if "insert_note" in names:
        savers["verhaal"] = _query_saver(ctx, "insert_note", "note", "note_date")
    if not savers:
        raise Underivable(
            "monitor/registration.py en de queries insert_activity/insert_note bestaan nog niet"
        )
    return savers, "queries insert_activity/insert_note via db.transaction"


def bench_writes(ctx: Context, samples: int, writers: int, progress: TextIO | None) -> list[Record]:
    try:
        savers, how = write_savers(ctx)
    except Underivable as exc:
        return [skipped("opslaan onder belasting", "write", ctx.scale, str(exc))]
    kinds = list(savers)
    for kind in kinds:  # one untimed save each: a refusal here is a harness problem, say so
        try:
            savers[kind]()
        except Exception as exc:
            reason = f"opslaan {kind} geweigerd: {exc!r}"[:300]
            return [skipped(f"opslaan {kind}", "write", ctx.scale, reason, status="error")]
    stop = threading.Event()
    started = threading.Barrier(writers + 1)
    background = {"saved": 0, "failed": 0}
    errors: list[str] = []
    count_lock = threading.Lock()

    def busy(i: int) -> None:
        started.wait()
        n = i
        while not stop.is_set():
            try:
                savers[kinds[n % len(kinds)]]()
                key = "saved"
            except Exception as exc:
                key = "failed"
                if len(errors) < 3:
                    errors.append(repr(exc)[:200])
            with count_lock:
                background[key] += 1
            n += 1

    threads = [threading.Thread(target=busy, args=(i,), daemon=True) for i in range(writers)]
    for t in threads:
        t.start()
    started.wait()
    timings: dict[str, list[float]] = {k: [] for k in kinds}
    failure: str | None = None
    try:
        for _ in range(samples):
            for kind in kinds:
                start = time.perf_counter()
                savers[kind]()
                timings[kind].append(time.perf_counter() - start)
    except Exception as exc:
        failure = repr(exc)[:300]
    finally:
        stop.set()
        for t in threads:
            t.join()
    if failure:
        return [skipped("opslaan onder belasting", "write", ctx.scale, failure, status="error")]
    records = []
    note = (
        f"{writers} andere schrijvers ({how}); zij sloegen intussen {background['saved']} "
        f"rijen op"
        + (f", {background['failed']} mislukt: {errors}" if background["failed"] else "")
    )
    for kind, samples_s in timings.items():
        records.append(
            measured(
                f"opslaan {kind}", "write", ctx.scale, samples_s, rows=1, with_p99=True, note=note
            )
        )
        st = stats(samples_s)
        _log(
            progress,
            f"  opslaan {kind}: mediaan {st.median * 1000:.1f} ms, p99 {st.p99 * 1000:.1f} ms",
        )
    return records


# --------------------------------------------------------------------------- engines compared


COMPARE_SQL: dict[str, dict[str, str]] = {
    "bereik gemeente × thema per halfjaar": {
        "duckdb": """
            select a.municipality_code, t.theme_code,
                year(a.activity_date) * 10 + case when month(a.activity_date) <= 6 then 1 else 2 end
                    as half_year,
                count(*) as activities, sum(a.residents_reached) as residents
            from activity as a
            inner join activity_theme as t on t.activity_id = a.id
            group by all
        """,
        "sqlite": """
            select a.municipality_code, t.theme_code,
                cast(substr(a.activity_date, 1, 4) as integer) * 10
                    + case when cast(substr(a.activity_date, 6, 2) as integer) <= 6
                      then 1 else 2 end as half_year,
                count(*) as activities, sum(a.residents_reached) as residents
            from activity as a
            inner join activity_theme as t on t.activity_id = a.id
            group by 1, 2, 3
        """,
    },
    "inzet per gemeente naast de verdeelsleutel": {
        "duckdb": """
            with dep as (
                select municipality_code, sum(hours)::double as hours, count(*) as activities,
                    sum(residents_reached) as residents
                from activity
                where activity_date >= $start and activity_date < $end
                group by municipality_code
            ),
            total as (select sum(hours) as hours from dep),
            key as (
                select municipality_code, arg_max(share_pct, valid_from)::double as share_pct
                from distribution_key
                where valid_from <= $start
                group by municipality_code
            )
            select m.code, k.share_pct, coalesce(d.hours, 0) as hours,
                coalesce(d.activities, 0) as activities, coalesce(d.residents, 0) as residents,
                100 * coalesce(d.hours, 0) / (select hours from total) as hours_pct
            from municipality as m
            left join key as k on k.municipality_code = m.code
            left join dep as d on d.municipality_code = m.code
            union all
            select null, null, hours, activities, residents,
                100 * hours / (select hours from total)
            from dep
            where municipality_code is null
        """,
        "sqlite": """
            with dep as (
                select municipality_code, sum(hours) as hours, count(*) as activities,
                    sum(residents_reached) as residents
                from activity
                where activity_date >= :start and activity_date < :end
                group by municipality_code
            ),
            total as (select sum(hours) as hours from dep),
            key as (
                select k.municipality_code, k.share_pct
                from distribution_key as k
                where k.valid_from = (
                    select max(k2.valid_from) from distribution_key as k2
                    where k2.municipality_code = k.municipality_code and k2.valid_from <= :start
                )
            )
            select m.code, k.share_pct, coalesce(d.hours, 0) as hours,
                coalesce(d.activities, 0) as activities, coalesce(d.residents, 0) as residents,
                100.0 * coalesce(d.hours, 0) / (select hours from total) as hours_pct
            from municipality as m
            left join key as k on k.municipality_code = m.code
            left join dep as d on d.municipality_code = m.code
            union all
            select null, null, hours, activities, residents,
                100.0 * hours / (select hours from total)
            from dep
            where municipality_code is null
        """,
    },
    "trend per maand": {
        "duckdb": """
            select year(activity_date) * 100 + month(activity_date) as month, activity_type_code,
                count(*) as activities, sum(hours)::double as hours,
                sum(residents_reached) as residents
            from activity
            group by all
        """,
        "sqlite": """
            select cast(substr(activity_date, 1, 4) as integer) * 100
                    + cast(substr(activity_date, 6, 2) as integer) as month,
                activity_type_code, count(*) as activities, sum(hours) as hours,
                sum(residents_reached) as residents
            from activity
            group by 1, 2
        """,
    },
    # Without the index: a case-insensitive scan of every text. DuckDB's regex engine (RE2)
    # scans this about twice as fast as lower() + contains().
    "verhalen zoeken op een woord": {
        "duckdb": """
            select id from note
            where visibility <> 'eigen' and regexp_matches(body, regexp_escape($word), 'i')
            order by note_date desc, id desc
        """,
        "sqlite": """
            select id from note
            where visibility <> 'eigen' and instr(lower(body), :word) > 0
            order by note_date desc, id desc
        """,
    },
    # The app's own way to search (issue 6): a stemmed word looked up in the note_token index.
    INDEX_SEARCH: {
        "duckdb": """
            select n.id from note as n
            where n.visibility <> 'eigen'
                and n.id in (select t.note_id from note_token as t where t.term = $term)
            order by n.note_date desc, n.id desc
        """,
        "sqlite": """
            select n.id from note as n
            where n.visibility <> 'eigen'
                and n.id in (select t.note_id from note_token as t where t.term = :term)
            order by n.note_date desc, n.id desc
        """,
    },
}

# What the SQLite copy and the Polars frames hold (DuckDB reads the real tables).
_EXPORT = {
    "activity": "select id, strftime(activity_date, '%Y-%m-%d') as activity_date, "
    "municipality_code, activity_type_code, residents_reached, hours::double as hours "
    "from activity",
    "activity_theme": "select activity_id, theme_code from activity_theme",
    "note": "select id, strftime(note_date, '%Y-%m-%d') as note_date, visibility, body from note",
    "distribution_key": "select municipality_code, strftime(valid_from, '%Y-%m-%d') as valid_from, "
    "share_pct::double as share_pct from distribution_key",
    "municipality": "select code, name from municipality",
    "note_token": "select note_id, term from note_token",
}

_SQLITE_SCHEMA = """
create table activity (id integer primary key, activity_date text not null,
    municipality_code text, activity_type_code text not null,
    residents_reached integer not null, hours real not null);
create table activity_theme (activity_id integer not null, theme_code text not null,
    primary key (activity_id, theme_code)) without rowid;
create table note (id integer primary key, note_date text not null, visibility text not null,
    body text not null);
create table distribution_key (municipality_code text not null, valid_from text not null,
    share_pct real not null, primary key (municipality_code, valid_from)) without rowid;
create table municipality (code text primary key, name text not null);
create index activity_date_idx on activity (activity_date);
create index activity_municipality_idx on activity (municipality_code, activity_date);
create index activity_type_idx on activity (activity_type_code, activity_date);
create index activity_theme_theme_idx on activity_theme (theme_code, activity_id);
create index note_date_idx on note (note_date);
create table note_token (note_id integer not null, term text not null);
create index note_token_term_idx on note_token (term, note_id);
"""


def _polars_reach(f: dict[str, pl.DataFrame], **_: Any) -> pl.DataFrame:
    d = pl.col("activity_date")
    return (
        f["activity"]
        .join(f["activity_theme"], left_on="id", right_on="activity_id")
        .with_columns(half_year=d.dt.year() * 10 + pl.when(d.dt.month() <= 6).then(1).otherwise(2))
        .group_by("municipality_code", "theme_code", "half_year")
        .agg(activities=pl.len(), residents=pl.col("residents_reached").sum())
    )


def _polars_deployment(
    f: dict[str, pl.DataFrame], *, start: dt.date, end: dt.date, **_: Any
) -> pl.DataFrame:
    a = f["activity"]
    dep = (
        a.filter((pl.col("activity_date") >= start) & (pl.col("activity_date") < end))
        .group_by("municipality_code")
        .agg(
            hours=pl.col("hours").sum(),
            activities=pl.len(),
            residents=pl.col("residents_reached").sum(),
        )
    )
    total = dep["hours"].sum()
    key = (
        f["distribution_key"]
        .filter(pl.col("valid_from") <= start)
        .sort("valid_from")
        .group_by("municipality_code")
        .agg(pl.col("share_pct").last())
    )
    per_municipality = (
        f["municipality"]
        .select(municipality_code="code")
        .join(key, on="municipality_code", how="left")
        .join(dep, on="municipality_code", how="left")
        .with_columns(pl.col("hours", "activities", "residents").fill_null(0))
    )
    region = dep.filter(pl.col("municipality_code").is_null())
    return pl.concat([per_municipality, region], how="diagonal_relaxed").with_columns(
        hours_pct=100 * pl.col("hours") / total
    )


def _polars_trend(f: dict[str, pl.DataFrame], **_: Any) -> pl.DataFrame:
    d = pl.col("activity_date")
    return (
        f["activity"]
        .group_by(month=d.dt.year() * 100 + d.dt.month(), activity_type_code="activity_type_code")
        .agg(
            activities=pl.len(),
            hours=pl.col("hours").sum(),
            residents=pl.col("residents_reached").sum(),
        )
    )


def _polars_search(f: dict[str, pl.DataFrame], *, word: str, **_: Any) -> pl.DataFrame:
    return (
        f["note"]
        .filter(
            (pl.col("visibility") != "eigen")
            & pl.col("body").str.to_lowercase().str.contains(word, literal=True)
        )
        .sort(["note_date", "id"], descending=True)
        .select("id")
    )


def _polars_index_search(f: dict[str, pl.DataFrame], *, term: str, **_: Any) -> pl.DataFrame:
    hits = f["note_token"].filter(pl.col("term") == term).select(id="note_id")
    return (
        f["note"]
        .filter(pl.col("visibility") != "eigen")
        .join(hits, on="id", how="semi")
        .sort(["note_date", "id"], descending=True)
        .select("id")
    )


COMPARE_POLARS: dict[str, Callable[..., pl.DataFrame]] = {
    "bereik gemeente × thema per halfjaar": _polars_reach,
    "inzet per gemeente naast de verdeelsleutel": _polars_deployment,
    "trend per maand": _polars_trend,
    "verhalen zoeken op een woord": _polars_search,
    INDEX_SEARCH: _polars_index_search,
}


def _normalise(rows: Iterable[Sequence[Any]]) -> list[tuple[Any, ...]]:
    def cell(v: Any) -> Any:
        if isinstance(v, float):
            return round(v, 6)
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    return sorted((tuple(cell(v) for v in r) for r in rows), key=repr)


def _exports() -> dict[str, str]:
    tables = {r[0] for r in fetch("select table_name from duckdb_tables()")}
    return {t: sql for t, sql in _EXPORT.items() if t in tables}


def build_sqlite(path: Path) -> sqlite3.Connection:
    """Copy the compared tables from the open DuckDB database into a SQLite file with indexes."""
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path, check_same_thread=False)
    con.executescript(_SQLITE_SCHEMA)
    cur = db.connection().cursor()
    try:
        for table, sql in _exports().items():
            cur.execute(sql)
            cols = len(cur.description or [])
            placeholders = ",".join("?" * cols)
            while batch := cur.fetchmany(50_000):
                con.executemany(f"insert into {table} values ({placeholders})", batch)
    finally:
        cur.close()
    con.commit()
    con.execute("analyze")
    return con


def load_polars() -> dict[str, pl.DataFrame]:
    cur = db.connection().cursor()
    try:
        frames = {t: cur.sql(sql).pl() for t, sql in _exports().items()}
    finally:
        cur.close()
    for t, sql in (
        ("activity", "activity_date"),
        ("note", "note_date"),
        ("distribution_key", "valid_from"),
    ):
        frames[t] = frames[t].with_columns(pl.col(sql).str.to_date())
    return frames


def bench_compare(ctx: Context, repeat: int, progress: TextIO | None) -> list[Record]:
    params: dict[str, Any] = {
        "start": ctx.period.start,
        "end": ctx.period.end,
        "word": SEARCH_WORD,
        "term": search_term(),
    }
    sqlite_path = ctx.path.with_suffix(".compare.sqlite")
    start = time.perf_counter()
    lite = build_sqlite(sqlite_path)
    frames = load_polars()
    _log(
        progress, f"  SQLite-kopie en Polars-frames geladen in {time.perf_counter() - start:.1f} s"
    )
    records = []
    try:
        for name, sql in COMPARE_SQL.items():
            if name == INDEX_SEARCH and "note_token" not in frames:
                for engine in ENGINES:
                    records.append(
                        skipped(name, "compare", ctx.scale, "geen note_token-index", engine=engine)
                    )
                continue
            used = {k: v for k, v in params.items() if f"${k}" in sql["duckdb"]}
            lite_params = {
                k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in used.items()
            }

            # DuckDB is read the way the app reads (monitor.db.read: into a Polars frame);
            # SQLite the way a small team would (fetchall, no frame built).
            def run_duckdb(q: str = sql["duckdb"], p: dict[str, Any] = used) -> pl.DataFrame:
                cur = db.connection().cursor()
                try:
                    out = cur.sql(q, params=p or None).pl()
                    if not isinstance(out, pl.DataFrame):  # .pl() is typed Any
                        raise TypeError(q)
                    return out
                finally:
                    cur.close()

            def run_sqlite(q: str = sql["sqlite"], p: dict[str, Any] = lite_params) -> list[Any]:
                return lite.execute(q, p).fetchall()

            fn = COMPARE_POLARS[name]

            def run_polars(
                fn: Callable[..., pl.DataFrame] = fn, p: dict[str, Any] = used
            ) -> pl.DataFrame:
                return fn(frames, **p)

            results: dict[str, list[tuple[Any, ...]]] = {}
            timings: dict[str, list[float]] = {}
            for engine, runner in (
                ("duckdb", run_duckdb),
                ("sqlite", run_sqlite),
                ("polars", run_polars),
            ):
                samples, out = timed(runner, repeat, warmup=1, min_seconds=COMPARE_MIN_SECONDS)
                rows = out.rows() if isinstance(out, pl.DataFrame) else out
                results[engine] = _normalise(rows)
                timings[engine] = samples
            same = _same(results)
            base = stats(timings["duckdb"]).median
            for engine in ENGINES:
                st = stats(timings[engine])
                records.append(
                    measured(
                        name,
                        "compare",
                        ctx.scale,
                        timings[engine],
                        engine=engine,
                        rows=len(results[engine]),
                        ratio=st.median / base if base > 0 else None,
                        note="zelfde uitkomst in alle drie"
                        if same
                        else "LET OP: uitkomsten verschillen tussen de engines",
                    )
                )
            _log(
                progress,
                f"  vergelijking {name}: duckdb {base * 1000:.1f} ms, sqlite "
                f"{stats(timings['sqlite']).median * 1000:.1f} ms, polars "
                f"{stats(timings['polars']).median * 1000:.1f} ms"
                + ("" if same else " (UITKOMSTEN VERSCHILLEN)"),
            )
    finally:
        lite.close()
        sqlite_path.unlink(missing_ok=True)
    return records


def search_term() -> str:
    """The stem of the search word as the note index holds it (monitor.text, issue 6)."""
    try:
        text = importlib.import_module("monitor.text")
        terms: list[str] = text.query_terms(SEARCH_WORD)
    except (ImportError, AttributeError):
        return SEARCH_WORD
    return terms[0] if terms else SEARCH_WORD


def sync_search_index(ctx: Context, progress: TextIO | None) -> list[Record]:
    """Build the note search index once, as the first search in a fresh database would."""
    if "note_token" not in ctx.tables or importlib.util.find_spec("monitor.stories") is None:
        return []
    stories = importlib.import_module("monitor.stories")
    # A demo file comes with its index (demo_data.build): empty it on this work copy, so the
    # figure is the first build from nothing, as in a database that never had one.
    with db.transaction("bench") as tx:
        tx.cur.execute("delete from note_token")
        tx.cur.execute("delete from note_token_state")
    start = time.perf_counter()
    try:
        indexed = stories.sync_note_index()
    except Exception as exc:
        reason = f"fout: {exc!r}"[:300]
        return [skipped("zoekindex opbouwen", "write", ctx.scale, reason, status="error")]
    seconds = time.perf_counter() - start
    _log(progress, f"  zoekindex: {indexed} verhalen in {seconds:.1f} s")
    return [
        measured(
            "zoekindex opbouwen (alle verhalen)",
            "write",
            ctx.scale,
            [seconds],
            rows=int(indexed),
            note="eenmalig: stories.sync_note_index() op een database zonder index",
        )
    ]


def _same(results: dict[str, list[tuple[Any, ...]]]) -> bool:
    first = results["duckdb"]
    for other in results.values():
        if len(other) != len(first):
            return False
        for a, b in zip(first, other, strict=True):
            if len(a) != len(b):
                return False
            for x, y in zip(a, b, strict=True):
                if isinstance(x, int | float) and isinstance(y, int | float):
                    if not math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-6):
                        return False
                elif x != y:
                    return False
    return True


# --------------------------------------------------------------------------- the run


@dataclass
class Options:
    repeat: int = 5
    kinds: Sequence[str] = KINDS
    pages: Iterable[str] | None = None
    roles_per_page: int | None = None
    report_formats: Iterable[str] | None = None
    write_samples: int = 50
    writers: int = 20
    page_budget_s: float | None = 60.0  # per page and role: no new round after this


def bench_database(
    path: Path, scale: int, options: Options, progress: TextIO | None = None
) -> list[Record]:
    """Every measurement on one database file (it is written to: use a copy)."""
    from monitor import ui_bench

    os.environ["MONITOR_DB"] = str(path)
    ui_bench.release_all()
    records: list[Record] = []
    try:
        ctx = load_context(path, scale)
        _log(progress, f"schaal {scale}: {path.name}, periode {ctx.period.code}")
        if {"query", "compare", "page", "write"} & set(options.kinds):
            records += sync_search_index(ctx, progress)  # a running app has its index
        if "report" in options.kinds:  # early, so the archive holds a report to read back
            records += bench_reports(ctx, options.repeat, progress, formats=options.report_formats)
        if "query" in options.kinds:
            records += bench_queries(ctx, options.repeat, progress)
        if "compare" in options.kinds:
            records += bench_compare(ctx, options.repeat, progress)
        if "page" in options.kinds:
            records += bench_pages(
                ctx,
                options.repeat,
                progress,
                pages=options.pages,
                roles_per_page=options.roles_per_page,
                budget_s=options.page_budget_s,
            )
        if "write" in options.kinds:  # last: it adds rows
            records += bench_writes(ctx, options.write_samples, options.writers, progress)
    finally:
        ui_bench.release_all()
    return records


def run(
    scales: Sequence[int] = DEFAULT_SCALES,
    *,
    seed: int = DEFAULT_SEED,
    options: Options | None = None,
    rebuild: bool = False,
    progress: TextIO | None = None,
    checkpoint: Callable[[list[Record]], None] | None = None,
) -> list[Record]:
    """Build (or reuse) the demo database per scale and measure a work copy of each.

    ``checkpoint`` receives the records so far after each scale, so a run that is stopped
    still leaves its finished scales behind.
    """
    options = options or Options()
    sources = {scale: demo_db(scale, seed, rebuild=rebuild, progress=progress) for scale in scales}
    records: list[Record] = []
    for scale, source in sources.items():
        work = work_copy(source, scale)
        started = time.perf_counter()
        try:
            records += bench_database(work, scale, options, progress)
        finally:
            for p in (work, Path(f"{work}.wal")):
                p.unlink(missing_ok=True)
        _log(progress, f"schaal {scale} klaar in {time.perf_counter() - started:.0f} s")
        if checkpoint is not None:
            checkpoint(records)
    return records


# --------------------------------------------------------------------------- output


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = ""
    with contextlib.suppress(OSError, ValueError, IndexError):
        kb = int(Path("/proc/meminfo").read_text().split("MemTotal:", 1)[1].split()[0])
        ram = f"{kb / 1024 / 1024:.1f} GiB"

    def version(pkg: str) -> str:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "cpu": cpu,
        "cores": str(os.cpu_count() or "?"),
        "ram": ram,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "duckdb": version("duckdb"),
        "streamlit": version("streamlit"),
        "polars": version("polars"),
        "sqlite": sqlite3.sqlite_version,
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()) + " (1/5/15 min, at the end)",
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def write_results(
    records: Sequence[Record], out_dir: Path = RESULTS_DIR, info: dict[str, str] | None = None
) -> tuple[Path, Path]:
    """Write ``latest.json`` (a list of records) and ``latest.md``; return both paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    info = info or machine()
    json_path = out_dir / "latest.json"
    json_path.write_text(
        json.dumps([r.to_dict() for r in records], indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    md_path = out_dir / "latest.md"
    md_path.write_text(render_markdown(records, info), encoding="utf-8")
    return json_path, md_path


def fmt_s(value: float | None) -> str:
    if value is None:
        return "–"
    if value < 1:
        return f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def fmt_ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}×"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _ok(records: Iterable[Record], kind: str) -> list[Record]:
    return [r for r in records if r.kind == kind and r.status == "ok"]


def _scales(records: Iterable[Record]) -> list[int]:
    return sorted({r.scale for r in records})


def machine_line(info: dict[str, str]) -> str:
    return (
        f"{info['date']} · {info['cpu']}, {info['cores']} cores, {info['ram']} RAM · "
        f"{info['os']} · Python {info['python']}, DuckDB {info['duckdb']}, "
        f"Streamlit {info['streamlit']}, Polars {info['polars']}, SQLite {info['sqlite']}"
        + (f" · load average {info['load']}" if info.get("load") else "")
    )


def goals(records: Sequence[Record]) -> list[tuple[str, str, str]]:
    """(goal, what was measured at the largest scale, met?) for the goals of issue 9."""
    if not records:
        return []
    top = max(r.scale for r in records)
    found: list[tuple[str, str, str]] = []
    warm = [r for r in _ok(records, "page") if r.cache == "warm" and r.scale == top]
    if warm:
        worst = max(warm, key=lambda r: r.median_s or 0)
        slow = [r for r in warm if (r.median_s or 0) >= GOAL_PAGE_WARM_S]
        found.append(
            (
                f"every page warm < {GOAL_PAGE_WARM_S} s (scale {top})",
                f"slowest: {worst.name} ({worst.role}) {fmt_s(worst.median_s)}; "
                f"{len(slow)} of {len(warm)} page×role over",
                "yes" if not slow else "no",
            )
        )
    cmp_top = [r for r in _ok(records, "compare") if r.scale == top]
    for engine, goal, label in (
        ("sqlite", GOAL_SQLITE_RATIO, "≥ 10× faster than SQLite"),
        ("polars", GOAL_POLARS_RATIO, "within 3× of Polars"),
    ):
        rs = [r for r in cmp_top if r.engine == engine and r.ratio]
        if not rs:
            continue
        if engine == "sqlite":
            worst = min(rs, key=lambda r: r.ratio or 0)
            met = all((r.ratio or 0) >= goal for r in rs)
            text = f"lowest: {worst.name} {fmt_ratio(worst.ratio)}"
        else:
            worst = min(rs, key=lambda r: r.ratio or 0)
            met = all(1 / (r.ratio or 1) <= goal for r in rs)
            text = f"worst: {worst.name} DuckDB {fmt_ratio(1 / (worst.ratio or 1))} Polars' time"
        found.append((f"aggregates {label} (scale {top})", text, "yes" if met else "no"))
    pdf = [r for r in _ok(records, "report") if r.scale == top and "(pdf)" in r.name]
    if pdf:
        found.append(
            (
                f"PDF report < {GOAL_PDF_S:.0f} s (scale {top})",
                fmt_s(pdf[0].median_s),
                "yes" if (pdf[0].median_s or 0) < GOAL_PDF_S else "no",
            )
        )
    return found


def render_summary(records: Sequence[Record], info: dict[str, str]) -> str:
    """The short tables for the README: goals, pages (slowest role), reports, writes, engines."""
    scales = _scales(records)
    parts = [f"Measured {machine_line(info)}.", ""]
    g = goals(records)
    if g:
        parts += [_table(["Goal", "Measured", "Met"], g), ""]
    pages = _ok(records, "page")
    if pages:
        names = list(dict.fromkeys(r.name for r in pages))
        header = ["Page (slowest role)"]
        for s in scales:
            header += [f"cold ×{s}", f"warm ×{s}"]
        rows = []
        for name in names:
            row = [name]
            for s in scales:
                for cache in ("cold", "warm"):
                    ms = [
                        r.median_s or 0
                        for r in pages
                        if r.name == name and r.scale == s and r.cache == cache
                    ]
                    row.append(fmt_s(max(ms)) if ms else "–")
            rows.append(row)
        parts += ["Pages, server-side median per run:", "", _table(header, rows), ""]
    parts += _report_table(records, scales)
    writes = [r for r in _ok(records, "write") if r.name.startswith("opslaan")]
    index = [r for r in _ok(records, "write") if r.name.startswith("zoekindex")]
    if index:
        built = ", ".join(f"×{r.scale}: {fmt_s(r.median_s)} ({r.rows} notes)" for r in index)
        parts += [f"Building the note search index from empty, once: {built}.", ""]
    if writes:
        rows = [
            [r.name, str(r.scale), fmt_s(r.median_s), fmt_s(r.p99_s), str(r.repeat)] for r in writes
        ]
        parts += [
            "Saving while 20 other writers are busy:",
            "",
            _table(["Write", "Scale", "Median", "p99", "n"], rows),
            "",
        ]
    parts += _compare_table(records)
    return "\n".join(parts).rstrip() + "\n"


def _report_table(records: Sequence[Record], scales: Sequence[int]) -> list[str]:
    rs = _ok(records, "report")
    if not rs:
        return []
    fmt = {r.name: r.name.rsplit("(", 1)[-1].rstrip(")") for r in rs}
    rows = []
    for f in dict.fromkeys(fmt.values()):
        by = {r.scale: r for r in rs if fmt[r.name] == f}
        rows.append([f, *(fmt_s(by[s].median_s) if s in by else "–" for s in scales)])
    period = rs[0].name.split(" (")[0]
    return [
        f"Building the {period} (median):",
        "",
        _table(["Format", *(f"×{s}" for s in scales)], rows),
        "",
    ]


def _compare_table(records: Sequence[Record]) -> list[str]:
    rs = _ok(records, "compare")
    if not rs:
        return []
    rows = []
    for name in dict.fromkeys(r.name for r in rs):
        for s in _scales(rs):
            by = {r.engine: r for r in rs if r.name == name and r.scale == s}
            if "duckdb" not in by:
                continue
            lite, polars = by.get("sqlite"), by.get("polars")
            rows.append(
                [
                    name,
                    str(s),
                    fmt_s(by["duckdb"].median_s),
                    fmt_s(lite.median_s if lite else None),
                    fmt_s(polars.median_s if polars else None),
                    fmt_ratio(lite.ratio if lite else None),
                    fmt_ratio(1 / polars.ratio if polars and polars.ratio else None),
                ]
            )
    return [
        "The same aggregates on the same data (median; SQLite with indexes, Polars in memory):",
        "",
        _table(
            [
                "Aggregate",
                "Scale",
                "DuckDB",
                "SQLite",
                "Polars",
                "SQLite ÷ DuckDB",
                "DuckDB ÷ Polars",
            ],
            rows,
        ),
        "",
    ]


def render_markdown(records: Sequence[Record], info: dict[str, str]) -> str:
    """``latest.md``: the summary, then every record in full, then what was skipped and why."""
    parts = ["# Benchmark Ervaringsmonitor", "", render_summary(records, info)]
    parts += ["## Machine", "", _table(["", ""], [[k, v] for k, v in info.items()]), ""]
    scales = _scales(records)
    parts += ["## Every query on its own", ""]
    qs = _ok(records, "query")
    if qs:
        top = max(scales)
        rows = []
        for name in dict.fromkeys(r.name for r in qs):
            by = {r.scale: r for r in qs if r.name == name}
            rows.append(
                [
                    name,
                    *(fmt_s(by[s].median_s) if s in by else "–" for s in scales),
                    str(by[top].rows) if top in by else "–",
                ]
            )
        header = ["Query", *(f"×{s}" for s in scales), f"Rows ×{top}"]
        parts += [
            "Median per query, with its derived parameters (see latest.json):",
            "",
            _table(header, rows),
            "",
        ]
    else:
        parts += ["(none)", ""]
    parts += ["## All measurements", ""]
    rows = [
        [
            r.kind,
            r.name,
            r.engine,
            str(r.scale),
            r.role or "",
            r.cache or "",
            fmt_s(r.median_s),
            fmt_s(r.p99_s),
            fmt_s(r.spread_s),
            str(r.repeat),
            "" if r.rows is None else str(r.rows),
        ]
        for r in records
        if r.status == "ok"
    ]
    parts += [
        _table(
            [
                "Kind",
                "Name",
                "Engine",
                "Scale",
                "Role",
                "Cache",
                "Median",
                "p99",
                "Spread (max−min)",
                "n",
                "Rows",
            ],
            rows,
        ),
        "",
    ]
    other = [r for r in records if r.status != "ok" and r.note != WRITE_QUERY_NOTE]
    writes = sorted({r.name for r in records if r.note == WRITE_QUERY_NOTE})
    if other or writes:
        parts += ["## Skipped or failed", ""]
        rows = [[r.kind, r.name, str(r.scale), r.status, _cell(r.note)] for r in other]
        if writes:
            rows.append(
                [
                    "query",
                    f"{len(writes)} write queries",
                    "all",
                    "skipped",
                    f"{WRITE_QUERY_NOTE}: {', '.join(writes)}",
                ]
            )
        parts += [_table(["Kind", "Name", "Scale", "Status", "Why"], rows), ""]
    return "\n".join(parts).rstrip() + "\n"


def update_readme(summary: str, path: Path = README) -> None:
    """Replace (or append) the section ``## Snelheid (benchmark)`` of README.md."""
    text = path.read_text(encoding="utf-8")
    body = (
        f"{README_SECTION}\n\n"
        "Written by `make bench` (`python -m monitor bench`); full tables in "
        "`bench/results/latest.md`, raw figures in `bench/results/latest.json`.\n\n"
        f"{summary}"
    )
    start = text.find(f"\n{README_SECTION}\n")
    if start < 0:
        text = text.rstrip("\n") + "\n\n" + body
    else:
        nxt = text.find("\n## ", start + len(README_SECTION) + 1)
        text = text[: start + 1] + body + ("\n" + text[nxt + 1 :] if nxt >= 0 else "")
    path.write_text(text, encoding="utf-8")


def _cell(text: str) -> str:
    return " ".join(text.replace("|", "/").split())[:300]


def _log(progress: TextIO | None, message: str) -> None:
    if progress is not None:
        print(message, file=progress, flush=True)


def main_run(
    scales: Sequence[int],
    *,
    seed: int = DEFAULT_SEED,
    options: Options | None = None,
    out_dir: Path = RESULTS_DIR,
    db_file: Path | None = None,
    readme: bool = True,
    rebuild: bool = False,
    progress: TextIO | None = sys.stderr,
) -> list[Record]:
    """What ``python -m monitor bench`` does: measure, write the results and the README section."""
    options = options or Options()
    if db_file is not None:
        work = work_copy(db_file, 0)
        try:
            records = bench_database(work, 0, options, progress)
        finally:
            for p in (work, Path(f"{work}.wal")):
                p.unlink(missing_ok=True)
        save(records, out_dir, readme=False, progress=progress)
        return records

    def checkpoint(records: list[Record]) -> None:
        save(records, out_dir, readme=readme, progress=progress)

    return run(
        scales,
        seed=seed,
        options=options,
        rebuild=rebuild,
        progress=progress,
        checkpoint=checkpoint,
    )


def save(
    records: Sequence[Record], out_dir: Path, *, readme: bool, progress: TextIO | None = None
) -> None:
    """Write latest.json and latest.md (and the README section when asked)."""
    info = machine()
    json_path, md_path = write_results(records, out_dir, info)
    if readme:
        update_readme(render_summary(records, info))
    _log(progress, f"resultaten: {json_path} en {md_path}")
