"""The schema refuses bad rows by itself (defence behind the validation layer)."""

import pytest

from monitor import db

ACTIVITY = (
    "insert into activity (activity_date, peer_expert_id, municipality_code, activity_type_code, "
    "form, residents_reached, hours, created_by) values "
)

BAD_ROWS = {
    "hours above 24": ACTIVITY + "('2025-01-01', 1, 'GM0983', 'inloop', 'open', 3, 24.5, 't')",
    "negative hours": ACTIVITY + "('2025-01-01', 1, 'GM0983', 'inloop', 'open', 3, -1, 't')",
    "negative residents": ACTIVITY + "('2025-01-01', 1, 'GM0983', 'inloop', 'open', -2, 1, 't')",
    "unknown municipality": ACTIVITY + "('2025-01-01', 1, 'GM9999', 'inloop', 'open', 3, 1, 't')",
    "unknown peer expert": ACTIVITY + "('2025-01-01', 99, 'GM0983', 'inloop', 'open', 3, 1, 't')",
    "unknown activity type": ACTIVITY + "('2025-01-01', 1, 'GM0983', 'dansen', 'open', 3, 1, 't')",
    "unknown form": ACTIVITY + "('2025-01-01', 1, 'GM0983', 'inloop', 'digitaal', 3, 1, 't')",
    "empty note": "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
    "values ('2025-01-01', 1, 'ik', '  ', 'pool', 't')",
    "unknown visibility": "insert into note (note_date, peer_expert_id, level, body, visibility, "
    "created_by) values ('2025-01-01', 1, 'ik', 'tekst', 'iedereen', 't')",
    "signal status outside the loop": "insert into signal (raised_date, raised_by, signal_type, "
    "title, description, status) values ('2025-01-01', 1, 'trend', 't', 'd', 'gesloten')",
    "held moment without reflection": "insert into monitoring_moment (sub_assignment_id, due_date, "
    "held_date) values (1, '2025-12-01', '2025-12-02')",
    "key deviation without municipality": "insert into agreement (contract_talk_id, kind, "
    "description, period_start, reason) values (1, 'afwijking_verdeelsleutel', 'd', "
    "'2025-01-01', 'vraag')",
    "sub-assignment ending before it starts": "insert into sub_assignment (title, goals, "
    "monitoring_method, frequency, accountability, start_date, end_date) values "
    "('t', 'g', 'm', 'jaarlijks', 'a', '2025-06-01', '2025-01-01')",
    "peer expert user without peer expert": "insert into app_user (login, display_name, role) "
    "values ('x@y', 'X', 'ervaringsdeskundige')",
    "municipal user without municipality": "insert into app_user (login, display_name, role) "
    "values ('x@y', 'X', 'gemeente')",
    "duplicate key share": "insert into distribution_key values ('GM0983', '2024-01-01', 1)",
    "duplicate import source id": ACTIVITY.replace("created_by)", "created_by, source_id)")
    + "('2025-01-01', 1, 'GM0983', 'inloop', 'open', 3, 1, 't', 'x'), "
    "('2025-01-02', 1, 'GM0983', 'inloop', 'open', 3, 1, 't', 'x')",
}


@pytest.mark.parametrize("sql", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_bad_rows_are_refused_and_nothing_is_written(db_path, sql):
    cur = db.connection().cursor()
    try:
        before = cur.execute("select count(*) from activity").fetchall()
        with pytest.raises(db.DatabaseError):
            cur.execute(sql).fetchall()
        assert cur.execute("select count(*) from activity").fetchall() == before
    finally:
        cur.close()
