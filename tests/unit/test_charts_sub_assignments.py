import datetime as dt

import polars as pl

from monitor import charts, charts_sub_assignments, db, privacy, sub_assignments

D = dt.date


def over_time():
    df = pl.DataFrame(
        {"month": [D(2025, 1, 1), D(2025, 2, 1)], "activities": [6, 1], "hours": [3.0, 1.5],
         "residents_reached": [12, 2], "residents_estimated": [0, 0]}
    )  # fmt: skip
    return sub_assignments.activity_over_time(df, "month", D(2025, 1, 1), D(2025, 2, 1))


def test_activity_figure_draws_suppressed_counts_as_empty_labelled_bars():
    df = over_time()
    fig = charts_sub_assignments.activity_over_time(
        df, sub_assignments.count_masks(df, suppress=True)
    )
    bars = {t.name: t for t in fig.data}
    assert list(bars) == ["Activiteiten", "Uren", "Bereikte inwoners"]
    assert list(bars["Activiteiten"].x) == ["jan 2025", "feb 2025"]
    # 1 is primary suppressed; with the total shown the 6 is hidden too: no value leaks.
    assert list(bars["Activiteiten"].y) == [0, 0]
    assert list(bars["Activiteiten"].text) == ["×", "<5"]
    assert list(bars["Bereikte inwoners"].text) == ["×", "<5"]
    assert list(bars["Uren"].y) == [3.0, 1.5]
    assert list(bars["Uren"].text) == ["", ""]
    assert list(bars["Uren"].customdata) == ["3", "1,5"]
    assert fig.layout.separators == ",."
    assert [t.marker.color for t in fig.data] == charts.PALETTE[:3]


def test_activity_figure_shows_exact_counts_to_the_pool_team():
    df = over_time()
    fig = charts_sub_assignments.activity_over_time(df, sub_assignments.count_masks(df, False))
    assert list(fig.data[0].y) == [6, 1]
    assert list(fig.data[0].text) == ["", ""]
    assert list(fig.data[0].customdata) == ["6", "1"]
    assert privacy.PRIMARY_TEXT not in fig.data[2].customdata


def test_coverage_grid_has_a_tile_per_municipality_in_two_neutral_colours(db_path):
    df = db.read("coverage_by_municipality", start=D(2025, 7, 1), end=D(2026, 1, 1))
    fig = charts_sub_assignments.coverage_grid(df.filter(pl.col("municipality_code").is_not_null()))
    assert len(fig.layout.shapes) == 14
    fills = [s.fillcolor for s in fig.layout.shapes]
    assert set(fills) == {charts_sub_assignments.TILE_WITH, charts_sub_assignments.TILE_WITHOUT}
    assert fills.count(charts_sub_assignments.TILE_WITH) == 4  # Beesel, Venlo, Venray, Weert
    texts = [a.text for a in fig.layout.annotations]
    assert (
        "<b>Venlo</b><br>lopende deelopdrachten: 1<br>ervaringsdeskundigen wonend: 1, actief: 1"
        in texts
    )
    assert (
        "<b>Gennep</b><br>lopende deelopdrachten: 0<br>ervaringsdeskundigen wonend: 0, actief: 0"
        in texts
    )
    hover = fig.data[0].hovertext
    assert any("Vindplekken: Buurthuis of ontmoetingsplek" in h for h in hover)


def test_every_municipality_has_its_own_tile_position():
    positions = list(charts_sub_assignments.TILE_POSITIONS.values())
    assert len(charts_sub_assignments.TILE_POSITIONS) == 14
    assert len(set(positions)) == 14


def test_context_events_are_drawn_inside_the_period_they_fall_in():
    events = [
        (D(2025, 1, 1), "Nieuwe coördinator"),
        (D(2025, 2, 15), "Zomerstop"),  # halfway February: 1.5 slots on
        (D(2024, 12, 31), "Voor de eerste maand"),
        (D(2025, 3, 1), "Na de laatste maand"),
    ]
    fig = charts_sub_assignments.activity_over_time(over_time(), events=events)
    lines = [s for s in fig.layout.shapes if s.type == "line"]
    assert [(s.x0, s.x1) for s in lines] == [(-0.5, -0.5), (1.0, 1.0)]
    assert all(s.line.dash == "dot" for s in lines)
    assert [a.text for a in fig.layout.annotations] == ["Nieuwe coördinator", "Zomerstop"]


def test_on_quarters_an_event_lands_in_its_quarter():
    df = pl.DataFrame(
        {"month": [D(2025, 1, 1), D(2025, 5, 1)], "activities": [6, 1], "hours": [3.0, 1.5],
         "residents_reached": [12, 2], "residents_estimated": [0, 0]}
    )  # fmt: skip
    quarters = sub_assignments.activity_over_time(df, "quarter", D(2025, 1, 1), D(2025, 6, 30))
    assert quarters.get_column("label").to_list() == ["K1 2025", "K2 2025"]
    fig = charts_sub_assignments.activity_over_time(
        quarters, events=[(D(2025, 4, 1), "Inloop geopend in Venray"), (D(2025, 7, 1), "Later")]
    )
    assert [s.x0 for s in fig.layout.shapes] == [0.5]
    assert [a.text for a in fig.layout.annotations] == ["Inloop geopend in Venray"]


def test_without_events_the_chart_has_no_lines():
    assert charts_sub_assignments.activity_over_time(over_time()).layout.shapes == ()
