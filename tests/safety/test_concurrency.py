"""Twenty sessions write at the same time for a while: every write is there afterwards."""

import datetime as dt
import threading
from decimal import Decimal

from monitor import db, registration
from monitor.access import Role, Viewer
from tests.conftest import run_sql

SESSIONS = 20
WRITES_PER_SESSION = 20  # half notes, half activities


def viewer_for(session: int) -> Viewer:
    if session % 4 == 0:
        return Viewer(3, "coordinator@pool.test", "Carla", Role.COORDINATOR)
    peer = 1 + session % 2
    login = "anouk@pool.test" if peer == 1 else "bram@pool.test"
    return Viewer(peer, login, login, Role.PEER_EXPERT, peer_expert_id=peer)


def work(session: int, saved: dict[str, list[int]], failures: list[BaseException]) -> None:
    viewer = viewer_for(session)
    peer = viewer.peer_expert_id or 1 + session % 3
    try:
        for i in range(WRITES_PER_SESSION):
            day = dt.date(2025, 3, 1) + dt.timedelta(days=i)
            if i % 2:
                note = registration.save_note(
                    viewer,
                    registration.NoteInput(
                        note_date=day,
                        peer_expert_id=peer,
                        municipality_code="GM0983",
                        sub_assignment_id=None,
                        level="ik",
                        body=f"Sessie {session} schrijft verhaal {i} over de inloop.",
                        visibility="pool",
                    ),
                    today=dt.date(2026, 1, 1),
                )
                saved["note"].append(note.note_id)
            else:
                saved["activity"].append(
                    registration.save_activity(
                        viewer,
                        registration.ActivityInput(
                            activity_date=day,
                            peer_expert_id=peer,
                            municipality_code="GM0983",
                            sub_assignment_id=None,
                            activity_type_code="inloop",
                            form="open",
                            theme_codes=("eenzaamheid",),
                            residents_reached=session,
                            residents_estimated=False,
                            hours=Decimal("1.5"),
                            setting_code="buurthuis",
                        ),
                        today=dt.date(2026, 1, 1),
                    )
                )
            # Sessions also read while others write.
            db.read("overview_totals", start=dt.date(2025, 1, 1), end=dt.date(2026, 1, 1))
    except BaseException as exc:
        failures.append(exc)


def test_twenty_concurrent_sessions_lose_nothing(db_path):
    notes_before = run_sql(db_path, "select count(*) from note")[0][0]
    acts_before = run_sql(db_path, "select count(*) from activity")[0][0]
    db.connection()  # the app's one connection, shared by all sessions
    saved: dict[str, list[int]] = {"note": [], "activity": []}
    failures: list[BaseException] = []
    threads = [threading.Thread(target=work, args=(s, saved, failures)) for s in range(SESSIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=240)
    assert not failures, failures[:3]
    expected = SESSIONS * WRITES_PER_SESSION // 2
    assert len(saved["note"]) == len(set(saved["note"])) == expected
    assert len(saved["activity"]) == len(set(saved["activity"])) == expected
    notes, activities, themes, audits = run_sql(
        db_path,
        "select (select count(*) from note), (select count(*) from activity), "
        "(select count(*) from activity_theme), "
        "(select count(*) from audit_log where entity in ('note', 'activity'))",
    )[0]
    assert notes == notes_before + expected
    assert activities == acts_before + expected
    assert themes == 9 + expected
    assert audits == 2 * expected
    stored = {r[0] for r in run_sql(db_path, "select id from note")}
    assert set(saved["note"]) <= stored
