"""The benchmark harness on the fixture database: every kind of record, JSON and Markdown output.

Speed is never asserted here; only that the harness measures, agrees across engines and reports.
"""

import json

import pytest

from monitor import bench, cli, navigation
from monitor.access import Role

REQUIRED = {"name", "kind", "engine", "scale", "median_s", "p99_s", "rows", "repeat", "spread_s"}


@pytest.fixture(scope="module")
def records(fixture_template, tmp_path_factory):
    """One harness run on a copy of the fixture database (repeat 2, one page, few writers)."""
    mp = pytest.MonkeyPatch()
    path = tmp_path_factory.mktemp("bench") / "bench.duckdb"
    path.write_bytes(fixture_template.read_bytes())
    mp.setenv("MONITOR_DB", str(path))
    options = bench.Options(
        repeat=2,
        pages=[navigation.PAGES[0].file],
        roles_per_page=1,
        report_formats=["md"],
        write_samples=3,
        writers=3,
    )
    try:
        yield bench.bench_database(path, 0, options)
    finally:
        mp.undo()


def test_every_kind_yields_measured_records_with_the_required_fields(records):
    for kind in bench.KINDS:
        ok = [r for r in records if r.kind == kind and r.status == "ok"]
        assert ok, f"no measured {kind} record: {[r.note for r in records if r.kind == kind]}"
        for r in ok:
            d = r.to_dict()
            assert d.keys() >= REQUIRED
            assert d["engine"] in bench.ENGINES
            assert d["scale"] == 0
            assert d["median_s"] > 0
            assert d["min_s"] <= d["median_s"] <= d["max_s"]


def test_pages_are_measured_cold_and_warm_as_a_role_the_page_allows(records):
    pages = [r for r in records if r.kind == "page" and r.status == "ok"]
    assert {r.cache for r in pages} == {"cold", "warm"}
    spec = navigation.PAGES[0]
    assert all(r.name == spec.title and Role(r.role) in spec.roles for r in pages)
    assert all(r.repeat == 2 for r in pages)


def test_write_records_carry_a_p99_over_every_measured_save(records):
    writes = [r for r in records if r.kind == "write" and r.name.startswith("opslaan")]
    assert {(r.name, r.status) for r in writes} == {
        ("opslaan verhaal", "ok"),
        ("opslaan activiteit", "ok"),
    }
    for r in writes:
        assert r.repeat == 3
        assert r.p99_s is not None and r.p99_s >= r.median_s


def test_the_three_engines_agree_on_every_compared_aggregate(records):
    compared = [r for r in records if r.kind == "compare"]
    assert {r.engine for r in compared} == set(bench.ENGINES)
    assert {r.name for r in compared} == set(bench.COMPARE_SQL)
    for r in compared:
        assert r.note == "zelfde uitkomst in alle drie", r.name
        assert r.ratio is not None
    by = {(r.name, r.engine): r.rows for r in compared}
    for name in bench.COMPARE_SQL:
        assert by[name, "duckdb"] == by[name, "sqlite"] == by[name, "polars"]
    # the fixture has 8 activities, so the trend series is not empty
    assert by["trend per maand", "duckdb"] > 0


def test_the_search_index_is_built_once_before_searching_through_it(records):
    (index,) = [r for r in records if r.name.startswith("zoekindex")]
    assert index.status == "ok" and index.kind == "write"
    assert index.rows == 6  # the six fixture notes
    assert any(r.name == bench.INDEX_SEARCH and r.status == "ok" for r in records)


def test_write_queries_are_skipped_and_say_so(records):
    writes = {r.name: r for r in records if r.kind == "query" and r.name.startswith("insert_")}
    assert "insert_audit_log" in writes
    assert all(r.status == "skipped" and r.note == bench.WRITE_QUERY_NOTE for r in writes.values())


def test_every_query_is_reported_measured_or_with_a_reason(records):
    import queries

    reported = {r.name: r for r in records if r.kind == "query"}
    assert set(reported) == set(queries.names())
    for r in reported.values():
        assert r.status == "ok" or r.note, r.name
    assert reported["overview_totals"].status == "ok"
    assert reported["overview_totals"].rows == 1


def test_results_are_written_as_parseable_json_and_a_markdown_table(records, tmp_path):
    info = bench.machine()
    json_path, md_path = bench.write_results(records, tmp_path, info)
    loaded = json.loads(json_path.read_text(encoding="utf-8"))
    assert isinstance(loaded, list) and len(loaded) == len(records)
    assert all(item.keys() >= REQUIRED for item in loaded)
    md = md_path.read_text(encoding="utf-8")
    assert "| Aggregate | Scale | DuckDB | SQLite | Polars |" in md
    assert f"| {navigation.PAGES[0].title} |" in md
    assert "| overview_totals |" in md
    assert info["cpu"] in md and info["python"] in md and "DuckDB" in md


def test_readme_section_is_created_once_and_then_replaced(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("# Titel\n\n## Eerder\n\ntekst\n", encoding="utf-8")
    bench.update_readme("eerste tabel\n", readme)
    bench.update_readme("tweede tabel\n", readme)
    text = readme.read_text(encoding="utf-8")
    assert text.count(bench.README_SECTION) == 1
    assert "tweede tabel" in text and "eerste tabel" not in text
    assert text.startswith("# Titel\n\n## Eerder\n\ntekst\n")

    readme.write_text(f"# T\n\n{bench.README_SECTION}\n\noud\n\n## Daarna\n\nblijft\n")
    bench.update_readme("nieuw\n", readme)
    text = readme.read_text(encoding="utf-8")
    assert "oud" not in text and "nieuw" in text and text.endswith("## Daarna\n\nblijft\n")


def test_goals_are_judged_at_the_largest_scale():
    def rec(kind, engine, median, scale, **kw):
        return bench.Record(kind=kind, engine=engine, median_s=median, scale=scale,
                            p99_s=None, rows=1, repeat=3, **kw)  # fmt: skip

    records = [
        rec("page", "duckdb", 0.2, 1, name="Overzicht", cache="warm", role="coordinator"),
        rec("page", "duckdb", 0.7, 50, name="Overzicht", cache="warm", role="coordinator"),
        rec("compare", "duckdb", 0.01, 50, name="trend per maand", ratio=1.0),
        rec("compare", "sqlite", 0.2, 50, name="trend per maand", ratio=20.0),
        rec("compare", "polars", 0.002, 50, name="trend per maand", ratio=0.2),
        rec("report", "duckdb", 4.0, 50, name="halfjaarrapportage 2026-H1 (pdf)"),
    ]
    met = {goal.split(" (")[0]: answer for goal, _, answer in bench.goals(records)}
    assert met == {
        "every page warm < 0.5 s": "no",
        "aggregates ≥ 10× faster than SQLite": "yes",
        "aggregates within 3× of Polars": "no",
        "PDF report < 10 s": "yes",
    }


def test_parameter_hints_follow_the_query_header():
    hints = bench.param_hints("notes_for_viewer")
    assert "[null when not used]" in hints["theme"]
    assert "[null when not used]" not in hints["limit"]
    assert "empty = all" in bench.param_hints("reach_by_municipality_theme")["forms"]
    assert bench.is_write("insert_audit_log")
    assert not bench.is_write("overview_totals")


def test_stats_give_median_spread_and_nearest_rank_p99():
    st = bench.stats([0.3, 0.1, 0.2, 1.0])
    assert (st.median, st.low, st.high, st.n) == (0.25, 0.1, 1.0, 4)
    assert st.p99 == 1.0
    assert st.spread == pytest.approx(0.9)
    assert bench.stats([float(i) for i in range(1, 201)]).p99 == 198.0


def test_the_command_line_parses_scales_and_refuses_nonsense(capsys):
    args = cli.build_parser().parse_args(["bench", "--scales", "1,10", "--repeat", "3"])
    assert args.scales == [1, 10] and args.repeat == 3
    assert args.out == bench.RESULTS_DIR
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["bench", "--scales", "1,tien"])
    with pytest.raises(SystemExit):
        cli.build_parser().parse_args(["bench", "--kinds", "page,snelheid"])
    assert "snelheid" in capsys.readouterr().err


def test_derived_period_is_the_last_completed_half_year_of_the_data(records):
    # The fixture's newest activity is on 31 December 2025, so 2025-H2 is the measured period.
    reported = {r.name: r for r in records if r.kind == "query" and r.status == "ok"}
    params = json.loads(reported["overview_totals"].note)
    assert (params["start"], params["end"]) == ("2025-07-01", "2026-01-01")


def test_timed_repeats_cheap_calls_until_enough_time_was_measured():
    calls = []
    samples, last = bench.timed(lambda: calls.append(1) or len(calls), 3, warmup=1)
    assert (len(samples), last) == (3, 4)  # warm-up untimed, then exactly `repeat`
    calls.clear()
    samples, _ = bench.timed(lambda: calls.append(1), 3, min_seconds=10.0, max_repeat=12)
    assert len(samples) == len(calls) == 12  # cheap: more runs, up to the cap
