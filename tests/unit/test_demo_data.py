"""The demo generator: deterministic for a seed, realistic in shape, free of personal data."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from monitor import cli, db, demo_data

SEED = 2024


def _build(path: Path, seed: int = SEED, scale: int = 1) -> Path:
    demo_data.build(str(path), seed=seed, scale=scale)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("demo") / "demo.duckdb")


@pytest.fixture(scope="module")
def other_seed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("demo") / "other.duckdb", seed=7)


@pytest.fixture(scope="module")
def double(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build(tmp_path_factory.mktemp("demo") / "double.duckdb", scale=2)


@pytest.fixture(scope="module")
def cli_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, int, str, int, str, str]]:
    """``python -m monitor demo`` (default seed, scale 1) and ``info`` on the same file."""
    path = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MONITOR_DB", str(path))  # the commands set it; restored afterwards
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            demo_code = cli.main(["demo", "--db", str(path)])
        demo_out = out.getvalue()
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            info_code = cli.main(["info", "--db", str(path)])
        yield path, demo_code, demo_out, info_code, out.getvalue(), err.getvalue()


def rows(path: Path, sql: str, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
    con = db.open_connection(path)
    try:
        return list(con.execute(sql, params).fetchall() if params else con.execute(sql).fetchall())
    finally:
        con.close()


def scalar(path: Path, sql: str) -> Any:
    return rows(path, sql)[0][0]


def table_hashes(path: Path) -> dict[str, str]:
    con = db.open_connection(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where database_name = current_database() "
                "and table_name <> 'schema_version' order by table_name"
            ).fetchall()
        ]
        hashes = {}
        for t in tables:
            data = con.execute(f'select * from "{t}" order by all').fetchall()
            hashes[t] = hashlib.sha256(repr(data).encode()).hexdigest()
        return hashes
    finally:
        con.close()


# ---- determinism and the command line -------------------------------------------------------


def test_same_seed_gives_identical_contents_of_every_table(demo, cli_run):
    path = cli_run[0]
    first, second = table_hashes(demo), table_hashes(path)
    assert first.keys() == second.keys()
    assert [t for t in first if first[t] != second[t]] == []


def test_another_seed_gives_other_contents(demo, other_seed):
    first, other = table_hashes(demo), table_hashes(other_seed)
    for table in ("activity", "note", "signal", "activity_theme"):
        assert first[table] != other[table], table
    # reference data does not depend on the seed
    assert first["municipality"] == other["municipality"]


def test_cli_demo_then_info_prints_row_counts(cli_run):
    _, demo_code, demo_out, info_code, info_out, _ = cli_run
    assert demo_code == 0
    assert "Demodatabase klaar" in demo_out
    assert info_code == 0
    counts = {
        line.split()[0]: int(line.split()[1]) for line in info_out.splitlines() if line.strip()
    }
    assert counts["activity"] == 15_000
    assert counts["note"] == 1_500
    assert counts["kickoff"] == 14


def test_cli_refuses_to_overwrite_without_force(cli_run, capsys):
    path = cli_run[0]
    before = path.stat().st_size
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MONITOR_DB", str(path))
        assert cli.main(["demo", "--db", str(path)]) == 2
    assert "--force" in capsys.readouterr().err
    assert path.stat().st_size == before


def test_demo_shows_progress_while_it_works(cli_run):
    lines = cli_run[5].splitlines()
    assert any("activiteiten" in line for line in lines)
    assert any("verhalen" in line for line in lines)
    assert lines[-1].endswith("klaar")


def test_scale_two_doubles_activities_and_notes(demo, double):
    for table in ("activity", "note"):
        one = scalar(demo, f"select count(*) from {table}")
        two = scalar(double, f"select count(*) from {table}")
        assert 1.9 <= two / one <= 2.1, table
    # the frame stays the same size
    assert scalar(double, "select count(*) from sub_assignment") == scalar(
        demo, "select count(*) from sub_assignment"
    )


# ---- shape ----------------------------------------------------------------------------------


def test_marked_as_demo(demo):
    assert rows(demo, "select value from app_setting where key = 'demo'") == [("true",)]


def test_row_counts_in_expected_ranges(demo):
    counts = {
        t: scalar(demo, f"select count(*) from {t}")
        for t in ("peer_expert", "sub_assignment", "activity", "note", "signal", "contract_talk")
    }
    assert 14 <= counts["peer_expert"] <= 18
    assert 30 <= counts["sub_assignment"] <= 40
    assert 14_000 <= counts["activity"] <= 16_000
    assert 1_400 <= counts["note"] <= 1_600
    assert 70 <= counts["signal"] <= 90
    assert counts["contract_talk"] == 4
    assert scalar(demo, "select count(*) from goal_progress") == 4 * 5
    assert scalar(demo, "select count(*) from sub_assignment_version") >= 3


def test_period_is_contract_start_to_end_of_october_2026(demo):
    first, last = rows(demo, "select min(activity_date), max(activity_date) from activity")[0]
    assert first.isoformat().startswith("2024-01")
    assert last.isoformat() == "2026-10-31" or last.isoformat() >= "2026-10-28"
    assert scalar(demo, "select max(note_date) from note").isoformat() <= "2026-10-31"


def test_users_per_role(demo):
    by_role = dict(rows(demo, "select role, count(*) from app_user group by role"))
    assert by_role["ervaringsdeskundige"] == scalar(demo, "select count(*) from peer_expert")
    assert by_role["coordinator"] == 1
    assert by_role["contractmanager"] == 1
    assert 3 <= by_role["begeleidingsgroep"] <= 4
    assert by_role["gemeente"] == 14
    assert (
        scalar(
            demo, "select count(distinct municipality_code) from app_user where role = 'gemeente'"
        )
        == 14
    )
    assert ("venlo@gemeente.demo", "Gemeente Venlo") in rows(
        demo, "select login, display_name from app_user where role = 'gemeente'"
    )


def test_pool_grows_over_time(demo):
    at_start = scalar(demo, "select count(*) from peer_expert where active_from <= '2024-03-01'")
    later = scalar(demo, "select count(*) from peer_expert where active_from <= '2026-10-31'")
    assert 6 <= at_start <= 10
    assert later >= 14
    assert scalar(demo, "select count(*) from peer_expert where active_to is not null") >= 1


def test_sub_assignments_cover_region_and_grow(demo):
    regional = scalar(demo, "select avg((municipality_code is null)::int) from sub_assignment")
    assert 0.15 <= regional <= 0.35
    served_2024 = scalar(
        demo,
        "select count(distinct municipality_code) from sub_assignment where start_date <= '2024-03-31'",
    )
    served_now = scalar(
        demo,
        "select count(distinct municipality_code) from sub_assignment where start_date <= '2026-10-31'",
    )
    assert served_2024 < served_now
    frequencies = {r[0] for r in rows(demo, "select distinct frequency from sub_assignment")}
    assert frequencies == {"maandelijks", "per_kwartaal", "halfjaarlijks", "jaarlijks", "anders"}
    assert scalar(demo, "select count(*) from sub_assignment where status = 'afgerond'") >= 2
    assert (
        scalar(
            demo,
            "select count(*) from sub_assignment s where not exists "
            "(select 1 from sub_assignment_theme t where t.sub_assignment_id = s.id)",
        )
        == 0
    )


def test_no_activity_outside_its_sub_assignment_or_peer_expert_period(demo):
    outside = scalar(
        demo,
        """
        select count(*) from activity a
        join sub_assignment s on s.id = a.sub_assignment_id
        join peer_expert p on p.id = a.peer_expert_id
        where a.activity_date < s.start_date or a.activity_date > coalesce(s.end_date, date '9999-12-31')
           or a.activity_date < p.active_from or a.activity_date > coalesce(p.active_to, date '9999-12-31')
        """,
    )
    assert outside == 0
    assert scalar(demo, "select count(*) from activity where sub_assignment_id is null") == 0


def test_activity_form_and_reach_fit_the_type(demo):
    forms = set(rows(demo, "select distinct activity_type_code, form from activity"))
    assert ("een_op_een", "individueel") in forms
    assert ("inloop", "open") in forms
    assert {f for t, f in forms if t in ("groep", "zelfregiegroep", "training")} == {"groep"}
    assert {f for t, f in forms if t == "een_op_een"} == {"individueel"}
    assert scalar(
        demo,
        "select bool_and(residents_estimated) from activity where activity_type_code = 'inloop'",
    )
    assert (
        scalar(
            demo,
            "select max(residents_reached) from activity where activity_type_code = 'een_op_een'",
        )
        <= 2
    )
    assert (
        scalar(
            demo,
            "select max(residents_reached) from activity where activity_type_code = 'intervisie'",
        )
        == 0
    )
    low, high = rows(demo, "select min(hours), max(hours) from activity")[0]
    assert float(low) >= 0.5 and float(high) <= 6
    assert scalar(demo, "select count(*) from activity where (hours * 4) <> round(hours * 4)") == 0
    assert scalar(demo, "select avg((care_relation is not null)::int) from activity") > 0.6
    assert scalar(demo, "select count(*) from activity where setting_code is null") == 0
    assert rows(demo, "select distinct source from activity") == [("demo",)]
    per_activity = rows(
        demo,
        "select min(n), max(n) from (select count(*) n from activity_theme group by activity_id)",
    )[0]
    assert per_activity == (1, 3)
    assert (
        scalar(
            demo,
            "select count(*) from activity a where not exists "
            "(select 1 from activity_theme t where t.activity_id = a.id)",
        )
        == 0
    )


def test_activity_types_follow_the_roles_of_the_sub_assignment(demo):
    assert (
        scalar(
            demo,
            "select count(*) from activity a where not exists (select 1 from sub_assignment_role r "
            "where r.sub_assignment_id = a.sub_assignment_id and r.activity_type_code = a.activity_type_code)",
        )
        == 0
    )


def test_hours_per_municipality_in_2025_follow_the_key(demo):
    data = rows(
        demo,
        """
        select m.code, coalesce(sum(a.hours), 0)::double, k.share_pct::double
        from municipality m
        join distribution_key k on k.municipality_code = m.code
        left join activity a on a.municipality_code = m.code and year(a.activity_date) = 2025
        group by all
        """,
    )
    local = sum(h for _, h, _ in data)
    regional = scalar(
        demo,
        "select sum(hours)::double from activity where municipality_code is null and year(activity_date) = 2025",
    )
    assert 0.10 <= regional / (local + regional) <= 0.25
    shares = {code: h / local * 100 for code, h, _ in data}
    key = {code: k for code, _, k in data}
    codes = sorted(shares)
    corr = np.corrcoef([shares[c] for c in codes], [key[c] for c in codes])[0, 1]
    assert corr > 0.9
    assert max(shares, key=shares.get) == "GM0983"  # Venlo largest
    assert shares["GM0983"] < key["GM0983"]  # a bit below its key share
    assert shares["GM0889"] > key["GM0889"]  # Beesel above: the herstelgroep
    assert shares["GM0889"] < 4 and shares["GM0907"] < 3  # Beesel and Gennep small


def test_activity_grows_with_a_summer_dip(demo):
    per_half = dict(
        rows(
            demo,
            "select year(activity_date) * 10 + (month(activity_date) > 6)::int, count(*) "
            "from activity group by 1",
        )
    )
    assert per_half[20240] < per_half[20250] < per_half[20260]
    by_month = dict(
        rows(
            demo,
            "select month(activity_date), count(*) from activity where year(activity_date) = 2025 group by 1",
        )
    )
    assert by_month[8] < 0.7 * by_month[9]


def test_timestamps_come_from_the_generated_dates(demo):
    # created_at is set explicitly (not the build time) and follows the activity/note date
    assert (
        scalar(
            demo,
            "select count(*) from activity where created_at::date < activity_date "
            "or created_at::date > activity_date + 3",
        )
        == 0
    )
    assert scalar(demo, "select count(*) from note where created_at::date <> note_date") == 0
    assert (
        scalar(demo, "select count(*) from sub_assignment where created_at::date > start_date") == 0
    )


def test_sequences_continue_after_the_demo_ids(demo, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(demo, copy)
    max_id = scalar(copy, "select max(id) from note")
    new = rows(
        copy,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2026-11-01', 1, 'ik', 'Nieuw verhaal', 'pool', 'test') returning id",
    )
    assert new == [(max_id + 1,)]


# ---- notes ----------------------------------------------------------------------------------

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", re.I)
PHONE = re.compile(r"(\+|\b0)\d(?:[\s-]?\d){7,}")
LONG_NUMBER = re.compile(r"\d(?:[\s.-]?\d){5,}")  # BSN, account and phone numbers
IBAN = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z]{4}\s?\d{4}", re.I)
POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
ADDRESS = re.compile(r"\b[A-Z][a-z]+(straat|laan|weg|plein|singel)\s+\d+", re.I)
CLINICAL = re.compile(r"\b(cliënt|client|patiënt|patient|lotgenoot)(en)?\b", re.I)


def test_notes_contain_no_personal_data_patterns(demo):
    bodies = [r[0] for r in rows(demo, "select body from note")]
    for pattern in (EMAIL, PHONE, LONG_NUMBER, IBAN, POSTCODE, ADDRESS):
        hits = [b for b in bodies if pattern.search(b)]
        assert hits == [], pattern.pattern
    assert [b for b in bodies if CLINICAL.search(b)] == []


def test_the_patterns_would_catch_personal_data():
    assert EMAIL.search("mail naar jan.jansen@example.nl")
    assert PHONE.search("bel 06-12345678")
    assert LONG_NUMBER.search("bsn 123456782")
    assert IBAN.search("NL91 ABNA 0417 1643 00")
    assert POSTCODE.search("woont op 5911 AB")
    assert ADDRESS.search("Kerkstraat 12")
    assert CLINICAL.search("de cliënt vertelde")


def test_notes_are_varied_dutch_field_notes(demo):
    bodies = [r[0] for r in rows(demo, "select body from note")]
    assert len(set(bodies)) / len(bodies) > 0.95
    assert all(len(b) > 60 for b in bodies)
    assert sum(" ik " in f" {b.lower()} " for b in bodies) > len(bodies) * 0.5
    assert sum("inwoner" in b or "deelnemer" in b for b in bodies) > 0


def test_note_levels_and_visibility_mix(demo):
    level = dict(
        rows(demo, "select level, count(*) / sum(count(*)) over () from note group by level")
    )
    assert 0.80 <= level["ik"] <= 0.90
    vis = dict(
        rows(
            demo,
            "select visibility, count(*) / sum(count(*)) over () from note group by visibility",
        )
    )
    assert 0.06 <= vis["eigen"] <= 0.14
    assert 0.20 <= vis["pool"] <= 0.30
    assert 0.25 <= vis["begeleiding"] <= 0.35
    assert 0.30 <= vis["citeerbaar"] <= 0.42


def test_notes_have_themes_and_added_value_tags(demo):
    themes = rows(
        demo, "select min(n), max(n) from (select count(*) n from note_theme group by note_id)"
    )[0]
    tags = rows(
        demo,
        "select min(n), max(n) from (select count(*) n from note_added_value group by note_id)",
    )[0]
    assert themes[0] >= 1 and themes[1] <= 3
    assert tags == (1, 3)
    assert (
        scalar(
            demo,
            "select count(*) from note n where not exists (select 1 from note_theme t where t.note_id = n.id)",
        )
        == 0
    )
    assert scalar(demo, "select count(distinct tag_code) from note_added_value") >= 15


def test_wij_notes_draw_on_earlier_ik_notes_of_the_same_theme(demo):
    sources = rows(
        demo,
        """
        select w.id, count(s.source_note_id),
               bool_and(i.level = 'ik' and i.note_date < w.note_date and i.visibility <> 'eigen')
        from note w left join note_source s on s.collective_note_id = w.id
        left join note i on i.id = s.source_note_id
        where w.level = 'wij' group by w.id
        """,
    )
    in_range = [n for _, n, _ in sources if 2 <= n <= 5]
    assert len(in_range) >= 0.9 * len(sources)
    assert all(ok for _, n, ok in sources if n)
    same_theme = scalar(
        demo,
        """
        select avg(shared::int) from (
            select exists (select 1 from note_theme a join note_theme b on a.theme_code = b.theme_code
                           where a.note_id = s.collective_note_id and b.note_id = s.source_note_id) shared
            from note_source s)
        """,
    )
    assert same_theme > 0.8


def test_some_words_trend_upward_in_2026(demo):
    share = dict(
        rows(
            demo,
            "select year(note_date), avg((body ilike '%wachtlijst%')::int) from note group by 1",
        )
    )
    assert share[2026] > 3 * share[2024]
    jongeren = dict(
        rows(
            demo,
            "select year(note_date), count(*) filter (body ilike '%eenzaamheid onder jongeren%') "
            "from note group by 1",
        )
    )
    assert jongeren[2026] > 3 * max(jongeren[2024], 1)


# ---- signals, kick-offs, monitoring, contract talks, goals ------------------------------------


def test_signals_in_every_status_and_type(demo):
    statuses = {r[0] for r in rows(demo, "select distinct status from signal")}
    types = {r[0] for r in rows(demo, "select distinct signal_type from signal")}
    assert statuses == {"nieuw", "besproken", "beantwoord", "teruggekoppeld"}
    assert types == {
        "trend",
        "aanbod_gemist",
        "knelpunt_beleid",
        "onbedoelde_uitsluiting",
        "goed_voorbeeld",
    }
    per_status = dict(rows(demo, "select status, count(*) from signal group by status"))
    assert min(per_status.values()) >= 5


def test_signal_history_responses_and_links_fit_the_status(demo):
    bad = rows(
        demo,
        """
        select s.id from signal s
        where (s.status in ('beantwoord', 'teruggekoppeld') and (s.response is null or s.responded_at is null))
           or (s.status in ('nieuw', 'besproken') and s.response is not null)
           or (s.fed_back <> (s.status = 'teruggekoppeld'))
           or (s.status <> 'nieuw' and s.contract_talk_id is null)
           or (s.status = 'nieuw' and s.contract_talk_id is not null)
        """,
    )
    assert bad == []
    order = {"nieuw": 0, "besproken": 1, "beantwoord": 2, "teruggekoppeld": 3}
    events = rows(
        demo,
        "select s.id, s.status, list(e.to_status order by e.event_at), list(e.from_status order by e.event_at) "
        "from signal s join signal_event e on e.signal_id = s.id group by s.id, s.status",
    )
    assert len(events) == scalar(demo, "select count(*) from signal")
    for _, status, to_path, from_path in events:
        assert to_path == list(order)[: order[status] + 1]
        assert from_path == [None, *to_path[:-1]]
    assert scalar(demo, "select count(distinct signal_id) from signal_note") >= 60
    assert (
        scalar(
            demo,
            "select count(*) from signal s where not exists (select 1 from signal_theme t where t.signal_id = s.id)",
        )
        == 0
    )
    assert (
        scalar(
            demo,
            "select count(*) from signal_note sn join note n on n.id = sn.note_id join signal s on s.id = sn.signal_id "
            "where n.note_date > s.raised_date or n.visibility = 'eigen'",
        )
        == 0
    )


def test_kickoffs_for_all_fourteen_municipalities(demo):
    assert scalar(demo, "select count(distinct municipality_code) from kickoff") == 14
    held = dict(
        rows(
            demo,
            "select year(held_date), count(*) from kickoff where status = 'gehouden' group by 1",
        )
    )
    assert held[2024] >= 8 and held.get(2025, 0) >= 1
    assert scalar(demo, "select count(*) from kickoff where status <> 'gehouden'") in (1, 2)
    needs = rows(
        demo, "select min(n), max(n) from (select count(*) n from kickoff_need group by kickoff_id)"
    )[0]
    assert needs[0] >= 2 and needs[1] <= 5
    linked = scalar(demo, "select avg((sub_assignment_id is not null)::int) from kickoff_need")
    assert 0.4 <= linked < 1.0


def test_monitoring_moments_follow_the_frequency(demo):
    assert scalar(demo, "select max(due_date) from monitoring_moment").isoformat() <= "2026-10-31"
    assert (
        scalar(
            demo,
            "select count(*) from monitoring_moment where held_date is null and due_date < '2026-09-01'",
        )
        >= 3
    )
    assert scalar(demo, "select avg((held_date is not null)::int) from monitoring_moment") > 0.75
    quarterly = rows(
        demo,
        "select count(*) from monitoring_moment m join sub_assignment s on s.id = m.sub_assignment_id "
        "where s.title = 'Inloop Echt'",
    )[0][0]
    assert quarterly == 10  # 2024-03-15 + 3, 6, ... months up to October 2026
    assert scalar(demo, "select count(*) from monitoring_moment_note") > 10


def test_contract_talks_attendance_and_agreements(demo):
    attendance = [
        r[0]
        for r in rows(
            demo, "select count(*) from contract_talk_attendance group by contract_talk_id"
        )
    ]
    assert len(attendance) == 4 and len(set(attendance)) > 1 and max(attendance) <= 14
    kinds = dict(rows(demo, "select kind, count(*) from agreement group by kind"))
    assert set(kinds) == {"afspraak", "actie", "afwijking_verdeelsleutel"}
    assert 2 <= kinds["afwijking_verdeelsleutel"] <= 3
    closed = rows(
        demo,
        "select count(*), bool_and(outcome is not null and closed_at is not null) from agreement where status = 'afgerond'",
    )[0]
    assert closed[0] >= 3 and closed[1]
    assert (
        scalar(
            demo,
            "select count(*) from agreement a where not exists (select 1 from agreement_event e where e.agreement_id = a.id)",
        )
        == 0
    )


def test_goal_progress_per_goal_and_half_year(demo):
    periods = [r[0] for r in rows(demo, "select distinct period from goal_progress order by 1")]
    assert periods == ["2024-H1", "2024-H2", "2025-H1", "2025-H2", "2026-H1"]
    assert scalar(demo, "select count(distinct goal_code) from goal_progress") == 4
    assert scalar(demo, "select count(*) from goal_evidence") >= 3


# ---- Samen duiden (issue 10) ----------------------------------------------------------------


def test_context_events_for_the_time_charts(demo):
    events = rows(demo, "select event_date, label, description from context_event order by id")
    labels = [label for _, label, _ in events]
    assert {"Nieuwe coördinator", "Zomerstop", "Inloop geopend in Venray"} <= set(labels)
    assert all(len(label) <= 60 and description for _, label, description in events)
    assert all(dt_.isoformat() <= "2026-10-31" for dt_, _, _ in events)


def test_half_years_up_to_2025_are_definitive_and_the_last_complete_one_is_not(demo):
    statuses = dict(rows(demo, "select period, status from period_status"))
    assert statuses == {p: "definitief" for p in ("2024-H1", "2024-H2", "2025-H1", "2025-H2")}
    # 2026-H1 waits for the contract manager after the next contract talk.
    assert "2026-H1" not in statuses
    decided = rows(demo, "select decided_by, decided_at from period_status")
    assert {who for who, _ in decided} == {"Maarten (contractmanager)"}


def test_a_finished_round_for_the_last_complete_half_year_and_an_open_one_for_the_current(demo):
    rounds = rows(demo, "select id, period, domain_kind, status from story_round order by id")
    assert rounds == [
        (1, "2026-H1", "meerwaarde", "afgerond"),
        (2, "2026-H2", "thema", "voorstellen"),
    ]
    per_round = dict(
        rows(
            demo,
            "select p.story_round_id, count(*) from story_proposal as p group by all",
        )
    )
    assert per_round[1] >= 6 and per_round[2] >= 3
    chosen = rows(
        demo,
        "select p.story_round_id, p.domain_code, s.reason, s.decided_by from story_selection s "
        "join story_proposal p on p.id = s.proposal_id order by all",
    )
    assert {r[0] for r in chosen} == {1}  # only the finished round has choices
    assert {r[1] for r in chosen} == {"laagdrempelig", "vertrouwen", "erkenning"}
    assert all(
        len(reason) > 40 and who == "Ellen (begeleidingsgroep)" for _, _, reason, who in chosen
    )


def test_proposals_follow_the_rules_of_the_round(demo):
    """Only the author proposes, only quotable notes of the round's half-year, carrying the domain."""
    broken = rows(
        demo,
        """
        select p.id
        from story_proposal as p
        join story_round as r on r.id = p.story_round_id
        join note as n on n.id = p.note_id
        join story_round_domain as d
            on d.story_round_id = r.id and d.domain_code = p.domain_code
        join peer_expert as e on e.id = p.proposed_by
        where n.peer_expert_id <> p.proposed_by
            or n.visibility <> 'citeerbaar'
            or n.note_date < make_date(cast(left(r.period, 4) as int),
                case when right(r.period, 1) = '1' then 1 else 7 end, 1)
            or n.note_date >= make_date(cast(left(r.period, 4) as int),
                case when right(r.period, 1) = '1' then 1 else 7 end, 1) + interval 6 month
            or (e.active_to is not null and e.active_to < cast(r.opened_at as date))
            or not exists (
                select 1 from note_added_value as t
                where t.note_id = n.id and t.tag_code = p.domain_code
                union all
                select 1 from note_theme as t
                where t.note_id = n.id and t.theme_code = p.domain_code
            )
        """,
    )
    assert broken == []


def test_trends_carry_two_competing_interpretations(demo):
    found = rows(
        demo,
        "select a.period, a.context, a.subject, count(i.id), count(distinct i.body) "
        "from trend_annotation a join trend_interpretation i on i.trend_annotation_id = a.id "
        "group by a.id, a.period, a.context, a.subject order by a.id",
    )
    assert [(p, c, s) for p, c, s, _, _ in found] == [
        ("2026-H1", "wat_komt_op", "Energierekening"),
        ("2026-H1", "trends", "Jongeren met sombere gevoelens"),
    ]
    assert all(n == 2 and distinct == 2 for *_, n, distinct in found)


def test_sensemaking_writes_are_in_the_audit_log(demo):
    entities = dict(rows(demo, "select entity, count(*) from audit_log group by entity"))
    assert entities["context_event"] == scalar(demo, "select count(*) from context_event")
    assert entities["period_status"] == 4
    assert entities["story_selection"] == scalar(demo, "select count(*) from story_selection")
    assert entities["story_proposal"] == scalar(demo, "select count(*) from story_proposal")
    assert entities["trend_annotation"] == 2


def test_the_report_and_wacht_op_mij_of_the_demo_use_them(demo, tmp_path):
    import streamlit as st

    from monitor import sensemaking, stories
    from monitor.access import Role, Viewer
    from monitor.reports.data import build_report

    copy = tmp_path / "copy.duckdb"
    shutil.copyfile(demo, copy)
    today = dt.date(2026, 11, 23)
    coordinator = Viewer(0, "coordinator@pool.demo", "Carla", Role.COORDINATOR)
    try:
        with db.using(copy):
            report = build_report("2026-H1", prepared_by="test", today=today)
            waiting = [w.title for w in sensemaking.waiting_for(coordinator, today)]
            to_close = [p.code for p in sensemaking.periods_to_close(today)]
            reindexed = stories.sync_note_index()
    finally:
        st.cache_data.clear()
    text = repr(report.sections)
    assert "Verhalen gekozen in de verhalenronde" in text
    assert "Geduide trends" in text and "Energierekening" in text
    assert "Verhalenronde 2026-H2 staat open voor voorstellen" in waiting
    assert to_close == ["2026-H1"]  # the contract manager still has to close it
    assert reindexed == 0  # the search index came with the demo: the first search waits for nothing


def test_the_note_search_index_is_built_with_the_demo(demo):
    assert scalar(demo, "select count(distinct note_id) from note_token") == scalar(
        demo, "select count(*) from note"
    )
