"""Properties of small-count suppression for grids with totals (hypothesis).

For any grid: every value 1–4 is hidden, and no line whose total is visible has exactly one
hidden cell, so no suppressed value can be computed back from a total.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.privacy import Mask, is_small, mask_grid, mask_grid_with_totals

counts = st.integers(min_value=0, max_value=30)
grids = st.integers(min_value=1, max_value=6).flatmap(
    lambda n_cols: st.lists(
        st.lists(counts, min_size=n_cols, max_size=n_cols), min_size=1, max_size=6
    )
)


def lines(cells, row_masks, col_masks, grand_mask, row_totals, col_totals, grand):
    """Every row and column with its total: (values, masks, total value, total mask)."""
    n_rows, n_cols = len(cells), len(cells[0])
    for r in range(n_rows):
        yield (
            [(cells[r][c][0], cells[r][c][1]) for c in range(n_cols)],
            (
                row_totals[r],
                row_masks[r],
            ),
        )
    for c in range(n_cols):
        yield (
            [(cells[r][c][0], cells[r][c][1]) for r in range(n_rows)],
            (
                col_totals[c],
                col_masks[c],
            ),
        )
    yield [(t, m) for t, m in zip(col_totals, col_masks, strict=True)], (grand, grand_mask)
    yield [(t, m) for t, m in zip(row_totals, row_masks, strict=True)], (grand, grand_mask)


def check(grid, row_totals, col_totals, grand, masks):
    cell_masks, row_masks, col_masks, grand_mask = masks
    cells = [
        [(v, m) for v, m in zip(row, mrow, strict=True)]
        for row, mrow in zip(grid, cell_masks, strict=True)
    ]
    everything = [c for row in cells for c in row]
    everything += list(zip(row_totals, row_masks, strict=True))
    everything += list(zip(col_totals, col_masks, strict=True))
    everything.append((grand, grand_mask))
    for value, mask in everything:
        if is_small(value):
            assert mask is not Mask.SHOWN, f"{value} is shown"
    for parts, (_, total_mask) in lines(
        cells, row_masks, col_masks, grand_mask, row_totals, col_totals, grand
    ):
        hidden = [p for p in parts if p[1] is not Mask.SHOWN]
        if total_mask is Mask.SHOWN:
            assert len(hidden) != 1, f"one hidden value in a line with a visible total: {parts}"


@settings(max_examples=300, deadline=None)
@given(grids)
def test_summed_grids_never_reveal_a_small_count(grid):
    row_totals = [sum(r) for r in grid]
    col_totals = [sum(c) for c in zip(*grid, strict=True)]
    check(grid, row_totals, col_totals, sum(row_totals), mask_grid(grid))


@settings(max_examples=300, deadline=None)
@given(grids, st.data())
def test_grids_with_given_totals_never_reveal_a_small_count(grid, data):
    # Totals of distinct items: at most the sum of the line (an item can sit in several cells),
    # at least its largest cell.
    row_totals = [data.draw(st.integers(max(r), sum(r))) for r in grid]
    cols = [list(c) for c in zip(*grid, strict=True)]
    col_totals = [data.draw(st.integers(max(c), sum(c))) for c in cols]
    grand = data.draw(st.integers(max(max(row_totals), max(col_totals)), sum(row_totals)))
    masks = mask_grid_with_totals(grid, row_totals, col_totals, grand)
    check(grid, row_totals, col_totals, grand, masks)


@settings(max_examples=200, deadline=None)
@given(grids)
def test_given_totals_equal_to_the_sums_mask_like_mask_grid(grid):
    row_totals = [sum(r) for r in grid]
    col_totals = [sum(c) for c in zip(*grid, strict=True)]
    assert mask_grid_with_totals(grid, row_totals, col_totals, sum(row_totals)) == mask_grid(grid)


def test_a_distinct_total_under_five_is_hidden_even_when_its_cells_sum_to_more():
    # One activity with 3 residents and two themes: cells 3 and 3, true total 3.
    cells, rows, _, grand = mask_grid_with_totals([[3, 3]], [3], [3, 3], 3)
    assert cells == [[Mask.PRIMARY, Mask.PRIMARY]]
    assert rows == [Mask.PRIMARY] and grand is Mask.PRIMARY


def test_one_small_cell_beside_a_visible_total_gets_a_complement():
    cells, rows, _, _ = mask_grid_with_totals([[2, 12, 8]], [20], [2, 12, 8], 20)
    assert cells == [[Mask.PRIMARY, Mask.SHOWN, Mask.SECONDARY]]
    assert rows == [Mask.SHOWN]
