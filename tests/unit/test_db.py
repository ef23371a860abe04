"""The access layer: transactions roll back on interruption, concurrent writers lose nothing."""

import datetime as dt
import threading

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from monitor import db

INSERT_NOTE = (
    "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
    "values (current_date, 1, 'ik', $body, 'pool', 'test') returning id"
)


def count(sql: str) -> int:
    cur = db.connection().cursor()
    try:
        return int(cur.execute(sql).fetchall()[0][0])
    finally:
        cur.close()


def test_an_interrupted_write_rolls_back_everything(db_path):
    before = count("select count(*) from note")
    with pytest.raises(StopException), db.transaction("test") as tx:
        tx.cur.execute(INSERT_NOTE, {"body": "eerste"}).fetchall()
        tx.audit("create", "note", 99)
        raise StopException()  # what Streamlit raises when a user clicks again mid-script
    assert count("select count(*) from note") == before
    assert count("select count(*) from audit_log") == 0


def test_a_failing_statement_rolls_back_the_earlier_ones(db_path):
    before = count("select count(*) from note")
    with pytest.raises(db.ConstraintError), db.transaction("test") as tx:
        tx.cur.execute(INSERT_NOTE, {"body": "eerste"}).fetchall()
        tx.cur.execute(INSERT_NOTE, {"body": "   "}).fetchall()  # empty body violates CHECK
    assert count("select count(*) from note") == before


def test_concurrent_writers_from_threads_lose_nothing(db_path):
    before = count("select count(*) from note")
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(25):
                with db.transaction(f"writer{n}") as tx:
                    tx.cur.execute(INSERT_NOTE, {"body": f"schrijver {n} nummer {i}"}).fetchall()
                    tx.audit("create", "note", f"{n}-{i}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert count("select count(*) from note") == before + 500
    assert count("select count(*) from audit_log") == 500
    assert count("select count(distinct body) from note where created_by = 'test'") == 500


def test_same_row_updates_from_threads_do_not_conflict(db_path):
    def bump() -> None:
        for _ in range(20):
            with db.transaction("t") as tx:
                tx.cur.execute("update note set version = version + 1 where id = 1").fetchall()

    threads = [threading.Thread(target=bump) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert count("select version from note where id = 1") == 1 + 160


def test_cached_reads_are_cleared_after_a_write(db_path):
    period = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 7, 1)}
    assert db.cached_read("overview_totals", **period)["notes"][0] == 4
    with db.transaction("test") as tx:
        tx.cur.execute(
            "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
            "values ('2025-03-01', 1, 'ik', 'nieuw verhaal', 'pool', 'test')"
        ).fetchall()
    assert db.cached_read("overview_totals", **period)["notes"][0] == 5


def test_cached_read_params_round_trip_types():
    params = {"d": dt.date(2025, 1, 2), "t": dt.datetime(2025, 1, 2, 3, 4), "l": [1, "a"]}
    assert db._decode_params(db._encode_params(params)) == params


def test_using_points_at_another_file_for_a_while_and_closes_it(db_path, tmp_path):
    other = tmp_path / "other.duckdb"
    with db.using(other):
        assert db.db_path() == str(other)
        con = db.connection()
        assert con.execute("select count(*) from activity").fetchall() == [(0,)]
    assert db.db_path() == str(db_path)  # restored
    with pytest.raises(db.DatabaseError, match="closed"):
        con.execute("select 1")
