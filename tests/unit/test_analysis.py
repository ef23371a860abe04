"""Grids, key comparisons and labels of the analysis pages, from hand-made query frames."""

import datetime as dt

import polars as pl
import pytest

from monitor import analysis
from monitor.privacy import Mask

ROWS = [("GM0889", "Beesel"), ("GM0983", "Venlo"), ("regio", "Regio")]
COLS = [("eenzaamheid", "Eenzaamheid"), ("stigma", "Stigma en schaamte")]


def reach_frame():
    # Venlo: one activity (12) with both themes plus one (8) with eenzaamheid; Beesel 3; regio 20.
    return pl.DataFrame(
        {
            "level": ["all", "cell", "cell", "cell", "cell", "municipality", "municipality",
                      "municipality", "theme", "theme"],
            "municipality_key": [None, "GM0889", "GM0983", "GM0983", "regio", "GM0889", "GM0983",
                                 "regio", None, None],
            "theme_key": [None, "stigma", "eenzaamheid", "stigma", "stigma", None, None, None,
                          "eenzaamheid", "stigma"],
            "activities": [4, 1, 2, 1, 1, 1, 2, 1, 2, 3],
            "residents_reached": [43, 3, 20, 12, 20, 3, 20, 20, 20, 35],
        }
    )  # fmt: skip


def test_reach_grid_uses_true_totals_and_shows_everything_to_the_pool_team():
    grid = analysis.reach_grid(reach_frame(), "residents_reached", ROWS, COLS, suppress=False)
    assert grid.cells == [[0, 3], [20, 12], [0, 20]]
    assert grid.row_totals == [3, 20, 20]  # Venlo 20, not 32: one activity has two themes
    assert grid.col_totals == [20, 35]
    assert grid.grand_total == 43
    assert not grid.has_suppression
    table = grid.numbers("Gemeente")
    assert table.row(1) == ("Venlo", 20.0, 12.0, 20.0)
    assert table.row(3) == ("Totaal", 20.0, 35.0, 43.0)


def test_reach_grid_suppresses_primary_and_complementary_cells_for_others():
    grid = analysis.reach_grid(reach_frame(), "residents_reached", ROWS, COLS, suppress=True)
    # Beesel's 3 is hidden, its row total 3 too. The stigma column then has one hidden cell, so
    # Venlo's 12 is hidden as a complement; the total column likewise hides Venlo's total 20.
    # Every line now has zero or two hidden values.
    assert grid.cell_masks[0] == [Mask.SHOWN, Mask.PRIMARY]
    assert grid.row_masks[0] is Mask.PRIMARY
    assert grid.cell_masks[1] == [Mask.SHOWN, Mask.SECONDARY]
    assert grid.row_masks[1] is Mask.SECONDARY
    table = grid.table(lambda v: f"{v:.0f}", "Gemeente")
    assert table.columns == ["Gemeente", "Eenzaamheid", "Stigma en schaamte", "Totaal"]
    assert table.row(0) == ("Beesel", "0", "<5", "<5")
    assert table.row(1) == ("Venlo", "20", "×", "×")
    assert table.row(2) == ("Regio", "0", "20", "20")
    assert table.row(3) == ("Totaal", "20", "35", "43")
    assert grid.visible_cells()[0] == [0, None]
    with pytest.raises(ValueError, match="suppressed"):
        grid.numbers("Gemeente")


def test_trend_grid_adds_empty_buckets_and_sums_rows_over_time():
    d1, d2, d3 = dt.date(2025, 1, 1), dt.date(2025, 4, 1), dt.date(2025, 7, 1)
    frame = pl.DataFrame(
        {
            "bucket": [d1, d1, d1, d3, d3],
            "is_total": [False, False, True, False, True],
            "key": ["groep", "open", None, "groep", None],
            "activities": [6, 7, 13, 9, 9],
        }
    )
    labels = {"individueel": "Individueel", "groep": "Groep", "open": "Open (inloop)"}
    grid = analysis.trend_grid(
        frame, "activities", labels, "quarter", suppress=False, buckets=[d1, d2, d3]
    )
    assert grid.row_labels == ["Groep", "Open (inloop)"]
    assert grid.col_labels == ["K1 2025", "K2 2025", "K3 2025"]
    assert grid.cells == [[6, 0, 9], [7, 0, 0]]
    assert grid.row_totals == [15, 7]
    assert grid.col_totals == [13, 0, 9]
    assert grid.grand_total == 22


def test_time_buckets_start_on_the_grain_and_stop_at_today():
    buckets = analysis.time_buckets(
        dt.date(2025, 2, 10), dt.date(2026, 1, 1), "quarter", until=dt.date(2025, 8, 1)
    )
    assert buckets == [dt.date(2025, 1, 1), dt.date(2025, 4, 1), dt.date(2025, 7, 1)]
    halves = analysis.time_buckets(
        dt.date(2024, 1, 1), dt.date(2027, 1, 1), "half_year", until=dt.date(2030, 1, 1)
    )
    assert len(halves) == 6


def test_bucket_labels_are_dutch():
    assert analysis.bucket_label(dt.date(2025, 3, 1), "month") == "mrt 2025"
    assert analysis.bucket_label(dt.date(2025, 10, 1), "quarter") == "K4 2025"
    assert analysis.bucket_label(dt.date(2025, 7, 1), "half_year") == "H2 2025"


def deployment_frame(measure="activities"):
    return pl.DataFrame(
        {
            "municipality_code": ["GM0889", "GM0983", "GM0988", None],
            "municipality_name": ["Beesel", "Venlo", "Weert", "Regio"],
            "key_share_pct": [0.78, 28.47, 13.81, None],
            "measure": [measure] * 4,
            "value": [2.0, 30.0, 9.0, 10.0],
            "share_pct": [3.92, 58.82, 17.65, 19.61],
            "allocated_value": [2.078, 32.847, 10.381, 0.0],
            "allocated_share_pct": [4.07, 64.41, 20.35, 0.0],
        }
    )


def test_key_comparison_formats_the_key_share_the_dutch_way():
    view = analysis.key_comparison(
        deployment_frame("hours"), "hours", allocate=False, suppress=True
    )
    table = view.table("Uren")
    assert table.get_column("Aandeel verdeelsleutel").to_list() == [
        "0,78%",
        "28,47%",
        "13,81%",
        "–",
    ]
    # Hours are not suppressed.
    assert table.get_column("Inzet (uren)").to_list() == ["2", "30", "9", "10"]
    assert view.shares == [3.92, 58.82, 17.65, 19.61]


def test_key_comparison_hides_small_counts_and_their_shares():
    view = analysis.key_comparison(deployment_frame(), "activities", allocate=False, suppress=True)
    # Beesel's 2 activities are hidden, and with it its share; the column total is known, so a
    # second value (Weert's 9, the smallest other) is hidden too.
    assert view.value_text == ["<5", "30", "×", "10"]
    assert view.share_text == ["<5", "58,8%", "×", "19,6%"]
    assert view.shares == [None, 58.82, None, 19.61]
    open_view = analysis.key_comparison(
        deployment_frame(), "activities", allocate=False, suppress=False
    )
    assert open_view.value_text == ["2", "30", "9", "10"]


def test_key_comparison_with_the_region_allocated():
    view = analysis.key_comparison(deployment_frame(), "activities", allocate=True, suppress=False)
    assert view.value_text == ["2,1", "32,8", "10,4", "verdeeld"]
    assert view.share_text[-1] == "verdeeld"


def test_estimate_note_hides_small_parts_outside_the_pool_team():
    assert "12 geschat" in analysis.estimate_note(38, 12, suppress=True)
    assert "te klein" in analysis.estimate_note(38, 2, suppress=True)
    assert "te klein" in analysis.estimate_note(14, 12, suppress=True)  # 2 counted exactly
    assert "2 geschat" in analysis.estimate_note(38, 2, suppress=False)


def test_labels_include_region_and_fixed_vocabularies():
    vocab = pl.DataFrame(
        {"kind": ["municipality"], "code": ["GM0983"], "label": ["Venlo"], "sort_order": [1]}
    )
    labels = analysis.labels_by_kind(vocab)
    assert labels["municipality"] == {"GM0983": "Venlo", "regio": "Regio"}
    assert labels["care_relation"]["nazorg"] == "Nazorg na professionele zorg"
    assert labels["form"]["open"] == "Open (inloop)"


def test_downloads_hold_the_suppressed_view_for_others_and_numbers_for_the_pool_team():
    fmt = analysis.value_formatter("residents_reached")
    hidden = analysis.reach_grid(reach_frame(), "residents_reached", ROWS, COLS, suppress=True)
    frame = analysis.download_frame(hidden, fmt, "Gemeente", suppress=True)
    assert frame.equals(hidden.table(fmt, "Gemeente"))
    assert frame.row(0) == ("Beesel", "0", "<5", "<5")
    shown = analysis.reach_grid(reach_frame(), "residents_reached", ROWS, COLS, suppress=False)
    numbers = analysis.download_frame(shown, fmt, "Gemeente", suppress=False)
    assert numbers.row(0) == ("Beesel", 0.0, 3.0, 3.0)
