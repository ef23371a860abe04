"""Role × write action: every write function in monitor/ refuses the wrong roles and writes nothing.

Write functions are discovered, not listed by hand: every public function in ``monitor/`` that
opens ``db.transaction`` (itself or through a private helper of its module). Each must take the
``Viewer`` first and check it before it touches any other argument: the test passes arguments
that explode when used, so a role that gets past the check is seen as "allowed". A new write
function fails here until it has a role check and a row in ``EXPECTED``.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path
from typing import Any

import pytest

from monitor.access import AccessDenied, Role, Viewer
from tests.conftest import ROOT, run_sql

PE, CO, CM, BG, GM = (
    Role.PEER_EXPERT,
    Role.COORDINATOR,
    Role.CONTRACT_MANAGER,
    Role.ADVISORY_GROUP,
    Role.MUNICIPALITY,
)
POOL = {PE, CO}

# The roles that may attempt each write (ownership and validation come after this check).
EXPECTED: dict[str, set[Role]] = {
    "monitor.admin.create_user": {CM},
    "monitor.reports.issue.issue": {CO, CM, BG, GM},
    "monitor.admin.update_user": {CM},
    "monitor.admin.deactivate_user": {CM},
    "monitor.admin.add_key_version": {CM},
    "monitor.admin.create_theme": {CM},
    "monitor.admin.update_theme": {CM},
    "monitor.admin.create_activity_type": {CM},
    "monitor.admin.update_activity_type": {CM},
    "monitor.admin.set_budget_line": {CM},
    "monitor.backup.backup_in_app": {CM},
    "monitor.contract_talks.record_talk": {CM},
    "monitor.contract_talks.close_agreement": {CM},
    "monitor.contract_talks.add_progress": {CM},
    "monitor.development_goals.save_progress": {CO, CM},
    "monitor.importer.import_file": {CO, CM},
    "monitor.importer.note_refusal": {CO, CM},
    "monitor.kickoffs.save_kickoff": {CO},
    "monitor.kickoffs.save_need": {CO},
    "monitor.registration.save_activity": POOL,
    # Edits and deletes check the stored row: activity 1 and note 1 are Anouk's (peer expert 1)
    # and were registered by 'seed', so only Anouk herself may change them.
    "monitor.registration.update_activity": {PE},
    "monitor.registration.delete_activity": {PE},
    "monitor.registration.save_note": POOL,
    "monitor.registration.update_note": {PE},
    "monitor.registration.delete_note": {PE},
    "monitor.reports.quotes.save_selection": {CO},
    "monitor.sensemaking.open_round": {CO},
    "monitor.sensemaking.advance_round": {CO},
    "monitor.sensemaking.propose": {PE},
    "monitor.sensemaking.select": {BG},
    "monitor.sensemaking.annotate": {PE, CO, CM, BG},
    "monitor.sensemaking.add_interpretation": {PE, CO, CM, BG},
    "monitor.sensemaking.add_event": {CO, CM},
    "monitor.sensemaking.delete_event": {CO, CM},
    "monitor.sensemaking.set_status": {CM},
    "monitor.sensemaking.ask_question": {CO},
    "monitor.sensemaking.answer_question": {PE},
    "monitor.signals.advance": {CM, BG},
    "monitor.signals.move_back": {CM, BG},
    "monitor.signals.respond": {CM, BG},
    "monitor.stories.link_sources": {PE},
    "monitor.sub_assignments.create": {CO, CM},
    "monitor.sub_assignments.update": {CO, CM},
    "monitor.sub_assignments.record_reflection": {CO, CM},
}

# Writes that are not a user's action; each with the reason.
NOT_USER_WRITES = {
    "monitor.stories.sync_note_index": "keeps the search index of notes in step; writes no content",
    "monitor.backup.backup_file": "command line of the operator who holds the file; not in the app",
}

# Writes that look up a stored row before the ownership check: real ids, untouchable rest.
ROW_ARGS: dict[str, tuple[object, ...]] = {
    "monitor.registration.update_activity": (1, "untouchable", "untouchable"),
    "monitor.registration.delete_activity": (1, "untouchable"),
    "monitor.registration.update_note": (1, "untouchable", "untouchable"),
    "monitor.registration.delete_note": (1, "untouchable"),
}

SKIP_MODULES = {"db", "migrate", "bench", "bench_cli", "demo_data", "reference"}


def _write_functions() -> list[str]:
    found = []
    for path in sorted((ROOT / "monitor").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        if path.stem in SKIP_MODULES or path.stem.startswith("ui"):
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        writers = {
            name
            for name, f in funcs.items()
            if any(m in ast.unparse(f) for m in ("transaction(", "begin transaction", "db.write("))
        }
        calls = {
            name: {
                c.func.id
                for c in ast.walk(f)
                if isinstance(c, ast.Call) and isinstance(c.func, ast.Name)
            }
            for name, f in funcs.items()
        }
        for _ in range(3):  # writes reached through helpers of the same module
            writers |= {name for name, called in calls.items() if called & writers}
        found += [".".join(rel.parts) + "." + n for n in funcs if n in writers and n[0] != "_"]
    return found


WRITES = _write_functions()


class Untouchable:
    """An argument that fails the call as soon as the function uses it."""

    def __getattribute__(self, name: str) -> Any:
        # Reading a field to pass it on (e.g. to an ownership check) is fine; using it is not.
        return Untouchable()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("argument used")

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise RuntimeError("argument used")

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("argument used")

    def __hash__(self) -> int:
        raise RuntimeError("argument used")

    def __bool__(self) -> bool:
        raise RuntimeError("argument used")


def viewer_for(role: Role) -> Viewer:
    return Viewer(
        user_id=99,
        login=f"{role}@matrix.test",
        name=str(role),
        role=role,
        peer_expert_id=1 if role is PE else None,
        municipality_code="GM0983" if role is GM else None,
    )


def call(qualified: str, role: Role) -> BaseException | None:
    module, name = qualified.rsplit(".", 1)
    func = getattr(importlib.import_module(module), name)
    params = list(inspect.signature(func).parameters.values())
    assert params and params[0].name == "viewer", f"{qualified} must take the viewer first"
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    if qualified in ROW_ARGS:
        args = [Untouchable() if a == "untouchable" else a for a in ROW_ARGS[qualified]]
        params = params[:1]
    for p in params[1:]:
        if p.kind is p.KEYWORD_ONLY:
            kwargs[p.name] = Untouchable()
        elif p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            args.append(Untouchable())
    try:
        func(viewer_for(role), *args, **kwargs)
    except BaseException as exc:
        return exc
    return None


def row_counts(db_path: Path) -> list[tuple[object, ...]]:
    tables = run_sql(
        db_path,
        "select table_name from duckdb_tables() where database_name = current_database() "
        "order by table_name",
    )
    union = " union all ".join(f"select '{t}', count(*) from \"{t}\"" for (t,) in tables)
    return run_sql(db_path, union)


def test_a_peer_expert_cannot_change_another_peer_experts_registrations(db_path):
    before = row_counts(db_path)
    bram = Viewer(2, "bram@pool.test", "Bram", PE, peer_expert_id=2)
    from monitor import registration

    for func in (registration.delete_activity, registration.delete_note):
        with pytest.raises(AccessDenied):
            func(bram, 1, 1)
    assert row_counts(db_path) == before


def test_write_functions_are_discovered():
    assert len(WRITES) >= 30
    assert "monitor.admin.create_user" in WRITES
    assert "monitor.registration.update_activity" in WRITES  # through a private helper


@pytest.mark.parametrize("qualified", WRITES)
def test_every_write_function_is_in_the_matrix(qualified):
    assert qualified in EXPECTED or qualified in NOT_USER_WRITES, (
        f"{qualified} writes to the database but has no row in the role × write matrix: "
        "give it a Viewer as first argument, call viewer.require(...) before anything else, "
        "and add it to EXPECTED in tests/access/test_write_matrix.py"
    )


@pytest.mark.parametrize("qualified", sorted(EXPECTED))
def test_every_matrix_row_still_exists(qualified):
    assert qualified in WRITES


@pytest.mark.parametrize("qualified", [w for w in WRITES if w in EXPECTED])
def test_wrong_roles_are_refused_before_anything_is_written(db_path, qualified):
    before = row_counts(db_path)
    outcomes = {role: call(qualified, role) for role in Role}
    refused = {role for role, exc in outcomes.items() if isinstance(exc, AccessDenied)}
    allowed = set(Role) - refused
    assert allowed == EXPECTED[qualified], {r: repr(e) for r, e in outcomes.items()}
    for role in allowed:
        # A permitted role got past the check, then hit an argument or its validation.
        assert outcomes[role] is not None, f"{qualified} returned for untouchable arguments"
    assert row_counts(db_path) == before
