"""Narrative notes as data: the stemmed search index, the feed, wij-verhalen and their sources.

Streamlit-free; reads and writes go through ``monitor.db``. The search index (``note_token``,
migration 0060) is kept current lazily: ``sync_note_index`` (re)indexes every note whose text
changed since it was indexed, and is called before any search, so notes written elsewhere
(the Registreren page, imports) are found without that code knowing about the index.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import polars as pl

from monitor import db, text
from monitor.access import AccessDenied, Role, Viewer
from monitor.validation import ValidationError

INDEX_ACTOR = "zoekindex"
# A sync that (re)indexes at least this many notes leaves the index clustered by term.
CLUSTER_AFTER = 2000
FEED_FILTERS = (
    "theme",
    "municipality",
    "sub_assignment_id",
    "tag",
    "level",
    "peer_expert_id",
    "terms",
    "ids",
)
REGION = "regio"


def sync_note_index(*, batch: int = 5000) -> int:
    """Bring the search index up to date; return the number of notes (re)indexed.

    Derived data only, so no audit rows; each batch is one transaction and re-reads what is
    stale inside it, so two sessions syncing at once cannot index a note twice.
    """
    gone = db.read("note_ids_gone_from_index").get_column("note_id").to_list()
    if gone:
        with db.transaction(INDEX_ACTOR) as tx:
            tx.execute("delete_note_tokens", note_ids=gone)
            tx.execute("delete_note_token_states", note_ids=gone)
    done = 0
    seen: set[int] = set()
    while True:
        with db.transaction(INDEX_ACTOR) as tx:
            stale = tx.frame("note_bodies_for_index", limit=batch)
            ids = stale.get_column("id").to_list()
            if not ids or seen.issuperset(ids):
                break
            seen.update(ids)
            _index(tx, ids, stale.get_column("body").to_list(), stale["body_hash"].to_list())
        done += len(ids)
    if done >= CLUSTER_AFTER:
        _cluster_note_index()
    return done


def _cluster_note_index() -> None:
    """Rewrite the search index ordered by term, so a search reads a few row groups, not all.

    Incremental syncs append small batches in note order; after a large sync (the first one,
    a big import) the index is rewritten once in term order. Same rows, one transaction.
    """
    with db.transaction(INDEX_ACTOR) as tx:
        tx.execute("copy_note_tokens_sorted")
        tx.execute("delete_all_note_tokens")
        tx.execute("insert_note_tokens_sorted")


def _index(tx: db.Tx, ids: list[int], bodies: list[str], hashes: list[int]) -> None:
    lines = [
        f"{note_id}\t{term}\t{ngram}\t{form}\t{n}"
        for note_id, body in zip(ids, bodies, strict=True)
        for term, form, ngram, n in text.note_terms(body)
    ]
    tx.execute("delete_note_tokens", note_ids=ids)
    tx.execute("delete_note_token_states", note_ids=ids)
    if lines:
        tx.execute("insert_note_tokens", rows="\n".join(lines))
    tx.execute("insert_note_token_states", note_ids=ids, body_hashes=hashes)


def feed_params(
    viewer: Viewer, start: dt.date, end: dt.date, *, limit: int = 50, **filters: Any
) -> dict[str, Any]:
    """All parameters of ``notes_for_viewer``: unused filters are None."""
    unknown = set(filters) - set(FEED_FILTERS)
    if unknown:
        raise TypeError(f"unknown filters: {sorted(unknown)}")
    return {
        "start": start,
        "end": end,
        "limit": limit,
        **{name: filters.get(name) for name in FEED_FILTERS},
        **viewer.note_params(),
    }


def search_terms(query: str) -> list[str] | None:
    """The stems a search text asks for, or None for an empty search (no filter)."""
    found = text.query_terms(query or "")
    return found or None


def group_notes(notes: pl.DataFrame, by: str) -> list[tuple[str, pl.DataFrame]]:
    """Split a feed into labelled groups, newest first inside each.

    ``by`` is a column of the feed: a list column (tags, themes) puts a note in every group it
    carries, with notes without any in 'Zonder'; groups follow first appearance.
    """
    if notes.is_empty():
        return []
    column = notes.get_column(by)
    if column.dtype == pl.List(pl.String):
        exploded = notes.with_columns(
            pl.when(pl.col(by).list.len() > 0)
            .then(pl.col(by))
            .otherwise(pl.lit(["Zonder"]))
            .alias("_group")
        ).explode("_group")
    else:
        exploded = notes.with_columns(
            pl.col(by).cast(pl.String).fill_null("Zonder").alias("_group")
        )
    labels = list(dict.fromkeys(exploded.get_column("_group").to_list()))
    return [(str(g), exploded.filter(pl.col("_group") == g).drop("_group")) for g in labels]


def collective_notes(viewer: Viewer) -> pl.DataFrame:
    """The wij-verhalen the viewer wrote (peer experts only), with their current sources."""
    if viewer.peer_expert_id is None:
        return db.read("collective_notes_for_peer_expert", peer_expert_id=-1)
    return db.read("collective_notes_for_peer_expert", peer_expert_id=viewer.peer_expert_id)


def link_sources(viewer: Viewer, collective_id: int, source_ids: Iterable[int]) -> bool:
    """Set the notes a wij-verhaal draws on; returns False when nothing changed.

    Only the peer expert who wrote the wij-verhaal may link it, only to notes they may read and
    never to itself; at least one note. One transaction, audited as an update of note_source.
    """
    viewer.require(Role.PEER_EXPERT)
    wanted = sorted(set(int(i) for i in source_ids))
    with db.transaction(viewer.login) as tx:
        own = tx.frame("collective_notes_for_peer_expert", peer_expert_id=viewer.peer_expert_id)
        row = own.filter(pl.col("id") == collective_id)
        if row.is_empty():
            raise AccessDenied("U kunt alleen uw eigen wij-verhalen koppelen.")
        current = sorted(row.get_column("source_ids").to_list()[0])
        _check_sources(tx, viewer, collective_id, wanted)
        if wanted == current:
            return False
        for source in sorted(set(current) - set(wanted)):
            tx.execute(
                "delete_note_source", collective_note_id=collective_id, source_note_id=source
            )
        for source in sorted(set(wanted) - set(current)):
            tx.execute(
                "insert_note_source", collective_note_id=collective_id, source_note_id=source
            )
        tx.audit(
            "update",
            "note_source",
            collective_id,
            {"source_note_ids": current},
            {"source_note_ids": wanted},
        )
    return True


def _check_sources(tx: db.Tx, viewer: Viewer, collective_id: int, wanted: Sequence[int]) -> None:
    problems = []
    if not wanted:
        problems.append("Kies ten minste één verhaal waar dit wij-verhaal op steunt.")
    if collective_id in wanted:
        problems.append("Een wij-verhaal kan niet op zichzelf steunen.")
    others = [i for i in wanted if i != collective_id]
    if others:
        readable = tx.frame(
            "notes_for_viewer",
            **feed_params(
                viewer, dt.date(1900, 1, 1), dt.date(9999, 1, 1), limit=len(others), ids=others
            ),
        )
        missing = sorted(set(others) - set(readable.get_column("id").to_list()))
        if missing:
            problems.append(
                "Deze verhalen bestaan niet of u kunt ze niet lezen: "
                + ", ".join(str(i) for i in missing)
                + "."
            )
    if problems:
        raise ValidationError(problems)


def theme_share_changes(shares: pl.DataFrame) -> pl.DataFrame:
    """Per theme the share of notes and of signals in both periods and the change in points.

    ``shares`` is ``theme_shares_by_period``. Shares are percentages of the period's notes (or
    signals) carrying the theme; ``change`` is the larger of the two absolute changes, used only
    to order the themes by how much they moved, not as a norm.
    """

    def share(count: str, total: str) -> pl.Expr:
        return pl.when(pl.col(total) > 0).then(pl.col(count) * 100.0 / pl.col(total)).otherwise(0.0)

    out = shares.with_columns(
        note_share_a=share("notes_a", "notes_total_a"),
        note_share_b=share("notes_b", "notes_total_b"),
        signal_share_a=share("signals_a", "signals_total_a"),
        signal_share_b=share("signals_b", "signals_total_b"),
    ).with_columns(
        note_change=pl.col("note_share_a") - pl.col("note_share_b"),
        signal_change=pl.col("signal_share_a") - pl.col("signal_share_b"),
    )
    out = out.with_columns(
        change=pl.max_horizontal(pl.col("note_change").abs(), pl.col("signal_change").abs())
    )
    return out.sort(["change", "theme_label"], descending=[True, False])
