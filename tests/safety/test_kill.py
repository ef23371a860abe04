"""The process is killed with SIGKILL in the middle of writes: every committed row survives."""

import os
import signal
import subprocess
import sys
import time

from monitor import db
from tests.conftest import ROOT

WRITER = r"""
import datetime as dt, sys
from monitor import registration
from monitor.access import Role, Viewer

viewer = Viewer(1, "anouk@pool.test", "Anouk", Role.PEER_EXPERT, peer_expert_id=1)
for i in range(100000):
    saved = registration.save_note(
        viewer,
        registration.NoteInput(
            note_date=dt.date(2025, 4, 1),
            peer_expert_id=1,
            municipality_code=None,
            sub_assignment_id=None,
            level="ik",
            body=f"Verhaal nummer {i} voordat de stroom uitvalt.",
            visibility="eigen",
        ),
        today=dt.date(2026, 1, 1),
    )
    print(saved.note_id, flush=True)  # printed only after the commit returned
"""


def test_sigkill_during_writes_keeps_every_committed_row(db_path):
    env = {**os.environ, "MONITOR_DB": str(db_path), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    committed: list[int] = []
    deadline = time.monotonic() + 120
    assert proc.stdout is not None
    while len(committed) < 150 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        committed.append(int(line))
    proc.send_signal(signal.SIGKILL)  # mid-write: the loop never pauses
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL
    assert len(committed) >= 150

    con = db.open_connection(db_path)  # opens and replays the WAL
    try:
        stored = {
            r[0]
            for r in con.execute(
                "select id from note where body like 'Verhaal nummer %'"
            ).fetchall()
        }
        audited = {
            int(r[0])
            for r in con.execute(
                "select entity_id from audit_log where entity = 'note' and action = 'create'"
            ).fetchall()
        }
        integrity = con.execute("select count(*) from note_theme").fetchall()
    finally:
        con.close()
    assert set(committed) <= stored
    assert set(committed) <= audited
    assert stored == audited  # no note without its audit row, and no audit row without a note
    assert len(stored) - len(committed) <= 1  # at most the one commit in flight at the kill
    assert integrity == [(6,)]
