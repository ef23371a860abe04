"""Primary and complementary suppression of small counts."""

import polars as pl

from monitor.privacy import Mask, mask_column, mask_grid, suppress_columns, suppress_pivot

S, P, X = Mask.SHOWN, Mask.PRIMARY, Mask.SECONDARY


def test_small_counts_are_primary_and_zero_is_shown():
    cells, rows, cols, grand = mask_grid([[0, 12], [7, 30]])
    assert cells == [[S, S], [S, S]]
    assert (rows, cols, grand) == ([S, S], [S, S], S)


def test_a_single_hidden_cell_in_a_line_gets_a_complement():
    cells, rows, cols, grand = mask_grid([[3, 12, 8], [7, 30, 9]])
    # Row 0 has one hidden cell: the smallest other non-zero cell (8) is hidden too; then
    # columns 0 and 2 each have one hidden cell, so row 1's cells 7 and 9 are hidden as well.
    assert cells[0] == [P, S, X]
    assert cells[1] == [X, S, X]
    assert rows == [S, S] and cols == [S, S, S] and grand == S


def test_a_small_total_is_itself_hidden():
    masks, total = mask_column([0, 3, 0])
    assert masks == [S, P, S]
    assert total is P


def test_when_no_other_cell_can_hide_it_the_total_is_hidden():
    masks, total = mask_column([0, 3, 0, 2, 0, 0])
    assert masks == [S, P, S, P, S, S]
    assert total is S  # 5 = 3 + 2 shows only the sum: two hidden cells protect each other
    cells, rows, _, _ = mask_grid([[3, 0, 0], [10, 10, 10]])
    assert cells[0] == [P, S, S]
    assert rows[0] is P


def test_suppress_pivot_renders_text_with_totals():
    df = pl.DataFrame({"m": ["Venlo", "Venlo", "Beesel"], "t": ["a", "b", "a"], "n": [20, 3, 10]})
    out = suppress_pivot(df, "m", "t", "n")
    assert out.columns == ["m", "a", "b", "Totaal"]
    # The grand total row would give the 3 away (33 - 30), so the column total of "a" is
    # hidden; then Venlo's row would (23 - 20), so Venlo's 20 is hidden too.
    assert out.row(0) == ("Venlo", "×", "<5", "23")
    assert out.row(1) == ("Beesel", "10", "0", "10")
    assert out.row(2) == ("Totaal", "×", "<5", "33")


def test_suppress_columns_hides_small_values_and_protects_the_total():
    df = pl.DataFrame({"gemeente": ["Venlo", "Beesel", "Gennep"], "n": [40, 2, 0]})
    out = suppress_columns(df, ["n"], label_column="gemeente")
    # The only other non-zero cell hides the 2 from the total.
    assert out.get_column("n").to_list() == ["×", "<5", "0", "42"]
    assert out.get_column("gemeente").to_list() == ["Venlo", "Beesel", "Gennep", "Totaal"]
