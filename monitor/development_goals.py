"""Development goals (ontwikkeldoelen): a half-yearly progress narrative per goal with
linked evidence (notes, activities, signals)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from monitor import db, formatting, periods
from monitor.access import Role, Viewer
from monitor.validation import ValidationError, collect

EDITORS = (Role.COORDINATOR, Role.CONTRACT_MANAGER)
EVIDENCE_KINDS = {"note": "Verhaal", "activity": "Activiteit", "signal": "Signaal"}
MAX_TEXT = 5000
# The evidence picker offers the newest of each kind; a search finds the others.
CANDIDATES_PER_KIND = 50
ALL_CANDIDATES = 2**31 - 1
COVERAGE_TEXT = (
    "Een dekkend netwerk groeit in de loop van het contract. Bij de start is afgesproken dat "
    "het niet te verwachten valt dat er in 2024 en 2025 al in alle gemeenten dekking is van "
    "ervaringsdeskundigen. Gedeeltelijke dekking in de eerste jaren is dus verwacht, en geen "
    "tekortkoming. Het beeld hieronder is informatie voor het gesprek, geen rangorde."
)
_HALF = re.compile(r"^\d{4}-H[12]$")

Evidence = tuple[str, int]


def save_progress(
    viewer: Viewer,
    goal_code: str,
    period: str,
    narrative: str,
    evidence: Iterable[Evidence] = (),
) -> int:
    """Write (or rewrite) the narrative of one goal in one half-year and its evidence; audited.

    Evidence the editor cannot read stays linked untouched. Returns the goal_progress id.
    """
    viewer.require(*EDITORS)
    narrative = narrative.strip()
    chosen = set(evidence)
    if not _HALF.match(period):
        raise ValidationError("Kies een halfjaar, bijvoorbeeld 2025-H2.")
    half = periods.parse(period)
    goals = db.read("goal_progress_for_period", period=period)
    candidates = {
        (k, int(i))
        for k, i in db.read(
            "goal_evidence_candidates_for_period",
            start=half.start,
            end=half.end,
            search=None,
            per_kind=ALL_CANDIDATES,
            **viewer.note_params(),
        )
        .select("kind", "ref_id")
        .iter_rows()
    }
    visible_now = {
        (k, int(i))
        for g, k, i in db.read("goal_evidence_for_period", period=period, **viewer.note_params())
        .select("goal_code", "kind", "ref_id")
        .iter_rows()
        if g == goal_code
    }
    collect(
        [
            "Kies een van de vier ontwikkeldoelen."
            if goal_code not in goals.get_column("goal_code").to_list()
            else None,
            "Schrijf een kort verhaal over de voortgang." if not narrative else None,
            f"Het verhaal is te lang (hoogstens {formatting.num(MAX_TEXT)} tekens)."
            if len(narrative) > MAX_TEXT
            else None,
            "Koppel alleen verhalen, activiteiten en signalen uit dit halfjaar die u kunt zien."
            if chosen - candidates - visible_now
            else None,
        ]
    )
    row = goals.filter(goals.get_column("goal_code") == goal_code).row(0, named=True)
    removed = sorted(visible_now - chosen)
    added = sorted(chosen - visible_now)
    with db.transaction(actor=viewer.login) as tx:
        before = None
        if row["progress_id"] is None:
            inserted = tx.one(
                "insert_goal_progress",
                goal_code=goal_code,
                period=period,
                narrative=narrative,
                written_by=viewer.login,
            )
            if inserted is None:
                raise RuntimeError("insert_goal_progress returned no id")
            progress_id = int(inserted[0])
        else:
            progress_id = int(row["progress_id"])
            before = {"narrative": row["narrative"], "evidence": sorted(visible_now)}
            if row["narrative"] == narrative and not removed and not added:
                raise ValidationError("Er is niets gewijzigd.")
            tx.execute(
                "update_goal_progress", id=progress_id, narrative=narrative, written_by=viewer.login
            )
        if removed:
            tx.execute(
                "delete_goal_evidence",
                goal_progress_id=progress_id,
                kinds=[k for k, _ in removed],
                ref_ids=[i for _, i in removed],
            )
        if added:
            tx.execute(
                "insert_goal_evidence",
                goal_progress_id=progress_id,
                kinds=[k for k, _ in added],
                ref_ids=[i for _, i in added],
            )
        after = {
            "goal_code": goal_code,
            "period": period,
            "narrative": narrative,
            "evidence": sorted(chosen),
        }
        tx.audit(
            "create" if before is None else "update", "goal_progress", progress_id, before, after
        )
    return progress_id
