"""Figures of the analysis pages, tested as plain functions (AppTest cannot see Plotly)."""

import datetime as dt
import json

import plotly.graph_objects as go

from monitor import analysis, charts, charts_reach

ROWS = [("GM0889", "Beesel"), ("GM0983", "Venlo")]
COLS = [("stigma", "Stigma en schaamte"), ("eenzaamheid", "Eenzaamheid")]


def grid(suppress):
    return analysis.build_grid(
        ROWS,
        COLS,
        {("GM0889", "stigma"): 3, ("GM0983", "stigma"): 17, ("GM0983", "eenzaamheid"): 26},
        {"GM0889": 3, "GM0983": 40},
        {"stigma": 20, "eenzaamheid": 26},
        43,
        suppress=suppress,
    )


def all_numbers(fig: go.Figure) -> str:
    return json.dumps(fig.to_plotly_json()["data"], default=str)


def test_heatmap_uses_the_shared_layout_and_dutch_separators():
    fig = charts_reach.reach_heatmap(grid(False), lambda v: f"{v:.0f}", "Bereikte inwoners")
    assert fig.layout.separators == ",."
    assert list(fig.layout.colorway) == charts.PALETTE
    heat = fig.data[0]
    assert list(heat.y) == ["Beesel", "Venlo"]
    assert [list(r) for r in heat.text] == [["3", "0"], ["17", "26"]]


def test_heatmap_never_carries_a_suppressed_value():
    fig = charts_reach.reach_heatmap(grid(True), lambda v: f"{v:.0f}", "Bereikte inwoners")
    heat = fig.data[0]
    # Beesel's 3 is primary, Venlo's 17 its complement in the stigma column.
    assert [list(r) for r in heat.text] == [["<5", "0"], ["×", "26"]]
    assert [list(r) for r in heat.z] == [[None, 0], [None, 26]]
    assert heat.customdata is None
    data = all_numbers(fig)
    assert "17" not in data and '"3"' not in data


def test_comparison_bars_carry_place_keys_for_selection_and_masked_text():
    fig = charts_reach.comparison_bars(
        ["Beesel", "Venlo"],
        ["GM0889", "GM0983"],
        [None, 40],
        [7, 31],
        ["<5", "40"],
        ["7", "31"],
        ("Eerste halfjaar 2025", "Tweede halfjaar 2024"),
        "Bereikte inwoners",
    )
    _previous, current = fig.data
    assert current.name == "Eerste halfjaar 2025"
    assert list(current.customdata) == ["GM0889", "GM0983"]
    assert list(current.y) == [None, 40]
    assert list(current.text) == ["<5", "40"]
    assert fig.layout.barmode == "group"


def test_key_share_bars_keep_the_given_order_and_note_deviations():
    fig = charts_reach.key_share_bars(
        ["Beesel", "Venlo", "Regio"],
        [0.78, 28.47, None],
        [None, 39.1, 34.8],
        ["<5", "39,1%", "34,8%"],
        "Uren",
        deviations=["Beesel"],
    )
    key, actual = fig.data
    assert list(key.x) == ["Beesel", "Venlo", "Regio"]
    assert list(key.text) == ["0,78%", "28,47%", ""]
    assert list(fig.layout.xaxis.categoryarray) == ["Beesel", "Venlo", "Regio"]
    colours = {key.marker.color, actual.marker.color}
    assert colours <= set(charts.PALETTE)
    assert [a.text for a in fig.layout.annotations] == ["afspraak"]
    assert fig.layout.annotations[0].x == "Beesel"


def test_share_history_is_small_multiples_with_events_as_vertical_lines():
    starts = [dt.date(2025, 1, 1), dt.date(2025, 7, 1)]
    fig = charts_reach.share_history(
        {
            "Beesel": (starts, [10.0, None], [0.78, 0.78]),
            "Venlo": (starts, [39.1, 40.0], [28.47, 28.47]),
            "Regio": (starts, [34.8, 30.0], [None, None]),
        },
        events=[(dt.date(2025, 7, 1), "afspraak Beesel")],
    )
    titles = [a.text for a in fig.layout.annotations]
    assert titles[:3] == ["Beesel", "Venlo", "Regio"]
    assert "afspraak Beesel" in titles
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert lines and all(s.x0 == "2025-07-01" for s in lines)
    # Regio has no key line.
    assert len(fig.data) == 5


def test_trend_lines_leave_suppressed_points_out_and_take_events():
    d1, d2 = dt.date(2025, 1, 1), dt.date(2025, 4, 1)
    g = analysis.build_grid(
        [("groep", "Groep"), ("open", "Open (inloop)")],
        [(d1.isoformat(), "K1 2025"), (d2.isoformat(), "K2 2025")],
        {("groep", d1.isoformat()): 2, ("groep", d2.isoformat()): 9, ("open", d1.isoformat()): 8},
        {"groep": 11, "open": 8},
        {d1.isoformat(): 10, d2.isoformat(): 9},
        19,
        suppress=True,
    )
    fig = charts_reach.trend_lines(
        g, [d1, d2], lambda v: f"{v:.0f}", "Activiteiten", events=[(d2, "Nieuw beleid")]
    )
    groep = fig.data[0]
    # 2 is hidden; the groep row shows its total (11), so 9 is hidden as its complement.
    assert list(groep.y) == [None, None]
    assert list(groep.text) == ["<5", "×"]
    assert list(fig.data[1].y) == [None, 0]  # K1 column: 8 is the complement of 2
    assert list(fig.layout.xaxis.ticktext) == ["K1 2025", "K2 2025"]
    assert fig.layout.annotations[0].text == "Nieuw beleid"
    assert fig.layout.separators == ",."
    assert "2.0" not in all_numbers(fig) and ", 2," not in all_numbers(fig)
