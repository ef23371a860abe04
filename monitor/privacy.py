"""Small-count suppression for every view and export that leaves the pool team.

Counts 1–4 are *primary* suppressed (shown as ``<5``). Where a row or column total would let a
reader compute a suppressed cell (exactly one hidden cell in a line whose total is shown), a
second cell in that line is *secondary* suppressed (shown as ``×``); when no other non-zero cell
is left, the total itself is hidden. Zero is shown: it reveals nobody.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

import polars as pl

THRESHOLD = 5
PRIMARY_TEXT = "<5"
SECONDARY_TEXT = "×"

RULE_TEXT = (
    "Kleine aantallen worden niet getoond buiten het team van de pool: aantallen van 1 tot en "
    "met 4 staan er als **<5**. Waar een rij- of kolomtotaal zo'n aantal zou verraden, is ook een "
    "tweede cel verborgen (**×**). Nul wordt wel getoond. Dezelfde regel geldt voor downloads."
)


class Mask(Enum):
    SHOWN = "shown"
    PRIMARY = "primary"
    SECONDARY = "secondary"


def is_small(value: float | int | None) -> bool:
    return value is not None and 0 < value < THRESHOLD


def mask_grid(
    cells: Sequence[Sequence[float | int]],
) -> tuple[list[list[Mask]], list[Mask], list[Mask], Mask]:
    """Suppression masks for a grid shown with row totals, column totals and a grand total.

    Returns (cell masks, row-total masks, column-total masks, grand-total mask).
    """
    n_rows = len(cells)
    n_cols = len(cells[0]) if n_rows else 0
    # Work on the grid extended with totals: row n_rows holds the column totals, column n_cols
    # holds the row totals, so every line (cells plus its total) is treated alike.
    values = [[*list(map(float, row)), float(sum(row))] for row in cells]
    values.append([float(sum(cells[r][c] for r in range(n_rows))) for c in range(n_cols)])
    values[-1].append(float(sum(values[-1])))
    mask = [[Mask.PRIMARY if is_small(v) else Mask.SHOWN for v in row] for row in values]

    def lines() -> list[list[tuple[int, int]]]:
        rows = [[(r, c) for c in range(n_cols + 1)] for r in range(n_rows + 1)]
        cols = [[(r, c) for r in range(n_rows + 1)] for c in range(n_cols + 1)]
        return rows + cols

    changed = True
    while changed:
        changed = False
        for line in lines():
            *parts, total = line
            hidden = [p for p in parts if mask[p[0]][p[1]] is not Mask.SHOWN]
            total_shown = mask[total[0]][total[1]] is Mask.SHOWN
            if len(hidden) != 1 or not total_shown:
                continue
            candidates = [
                p for p in parts if mask[p[0]][p[1]] is Mask.SHOWN and values[p[0]][p[1]] > 0
            ]
            target = min(candidates, key=lambda p: values[p[0]][p[1]]) if candidates else total
            mask[target[0]][target[1]] = Mask.SECONDARY
            changed = True

    cell_mask = [row[:n_cols] for row in mask[:n_rows]]
    row_totals = [mask[r][n_cols] for r in range(n_rows)]
    col_totals = mask[n_rows][:n_cols]
    return cell_mask, row_totals, col_totals, mask[n_rows][n_cols]


def mask_column(values: Sequence[float | int]) -> tuple[list[Mask], Mask]:
    """Masks for one column of counts shown with its total."""
    cells, _, col_totals, _ = mask_grid([[v] for v in values])
    return [row[0] for row in cells], col_totals[0] if col_totals else Mask.SHOWN


def render(value: float | int, mask: Mask, fmt: object = None) -> str:
    """The text to show for a value under its mask; ``fmt`` formats shown values."""
    if mask is Mask.PRIMARY:
        return PRIMARY_TEXT
    if mask is Mask.SECONDARY:
        return SECONDARY_TEXT
    return fmt(value) if callable(fmt) else str(value)


def suppress_pivot(
    df: pl.DataFrame,
    row: str,
    col: str,
    value: str,
    *,
    fmt: object = None,
    total_label: str = "Totaal",
) -> pl.DataFrame:
    """Pivot long data (row, col, value) to a text table with totals, suppression applied.

    Missing combinations count as 0. Row and column order follow first appearance in ``df``.
    """
    rows = list(dict.fromkeys(df.get_column(row).to_list()))
    cols = list(dict.fromkeys(df.get_column(col).to_list()))
    lookup = {(r, c): v for r, c, v in df.select(row, col, value).iter_rows()}
    grid = [[lookup.get((r, c), 0) or 0 for c in cols] for r in rows]
    cell_mask, row_mask, col_mask, grand_mask = mask_grid(grid)
    out: dict[str, list[str]] = {row: [str(r) for r in rows] + [total_label]}
    for j, c in enumerate(cols):
        col_values = [render(grid[i][j], cell_mask[i][j], fmt) for i in range(len(rows))]
        col_total = sum(grid[i][j] for i in range(len(rows)))
        out[str(c)] = [*col_values, render(col_total, col_mask[j], fmt)]
    totals = [render(sum(grid[i]), row_mask[i], fmt) for i in range(len(rows))]
    grand = sum(sum(r) for r in grid)
    out[total_label] = [*totals, render(grand, grand_mask, fmt)]
    return pl.DataFrame(out)


def suppress_columns(
    df: pl.DataFrame,
    count_columns: Sequence[str],
    *,
    fmt: object = None,
    total_label: str | None = "Totaal",
    label_column: str | None = None,
) -> pl.DataFrame:
    """Suppress each count column of a table independently, adding a total row when asked.

    Each column is treated as one line with its total, so a single small value cannot be
    recovered from the total. Other columns are passed through unchanged (as text when a total
    row is added).
    """
    out = df.clone()
    totals: dict[str, str] = {}
    for name in count_columns:
        values = [v or 0 for v in df.get_column(name).to_list()]
        masks, total_mask = mask_column(values)
        if total_label is None:
            # Without a visible total only primary suppression is needed.
            masks = [Mask.PRIMARY if is_small(v) else Mask.SHOWN for v in values]
        out = out.with_columns(
            pl.Series(name, [render(v, m, fmt) for v, m in zip(values, masks, strict=True)])
        )
        totals[name] = render(sum(values), total_mask, fmt)
    if total_label is None:
        return out
    out = out.with_columns(pl.all().cast(pl.String))
    total_row = {c: totals.get(c, "") for c in out.columns}
    if label_column:
        total_row[label_column] = total_label
    return pl.concat([out, pl.DataFrame([total_row], schema=out.schema)])


def mask_grid_with_totals(
    cells: Sequence[Sequence[float | int]],
    row_totals: Sequence[float | int],
    col_totals: Sequence[float | int],
    grand_total: float | int,
) -> tuple[list[list[Mask]], list[Mask], list[Mask], Mask]:
    """Suppression masks for a grid shown with totals that are given rather than summed.

    When one item counts in several cells (an activity with two themes), a line's total is less
    than the sum of its cells, so ``mask_grid`` cannot compute it. The rule is the same: every
    value 1–4 (totals included) is hidden, and every line whose total is shown has no hidden cell
    or at least two. Returns (cell masks, row-total masks, column-total masks, grand-total mask).
    """
    n_rows = len(cells)
    n_cols = len(cells[0]) if n_rows else len(col_totals)
    values = [[*(float(v) for v in cells[r]), float(row_totals[r])] for r in range(n_rows)]
    values.append([*(float(v) for v in col_totals), float(grand_total)])
    mask = [[Mask.PRIMARY if is_small(v) else Mask.SHOWN for v in row] for row in values]
    lines = [[(r, c) for c in range(n_cols + 1)] for r in range(n_rows + 1)] + [
        [(r, c) for r in range(n_rows + 1)] for c in range(n_cols + 1)
    ]
    changed = True
    while changed:
        changed = False
        for *parts, total in lines:
            hidden = [p for p in parts if mask[p[0]][p[1]] is not Mask.SHOWN]
            if len(hidden) != 1 or mask[total[0]][total[1]] is not Mask.SHOWN:
                continue
            candidates = [
                p for p in parts if mask[p[0]][p[1]] is Mask.SHOWN and values[p[0]][p[1]] > 0
            ]
            target = min(candidates, key=lambda p: values[p[0]][p[1]]) if candidates else total
            mask[target[0]][target[1]] = Mask.SECONDARY
            changed = True
    return (
        [row[:n_cols] for row in mask[:n_rows]],
        [mask[r][n_cols] for r in range(n_rows)],
        mask[n_rows][:n_cols],
        mask[n_rows][n_cols],
    )
