import datetime as dt

from monitor import ui_analysis

STARTS = [dt.date(2025, 1, 1), dt.date(2025, 7, 1)]


def test_share_history_chart_is_built_once_per_input_and_rebuilt_when_it_changes():
    ui_analysis.share_history_chart.clear()
    series = {"Venlo": (STARTS, [40.0, 39.1], [28.47, 28.47])}
    events = [(dt.date(2025, 7, 1), "Zomerstop")]
    first = ui_analysis.share_history_chart(series, events)
    assert ui_analysis.share_history_chart(dict(series), list(events)) is first  # a rerun
    other_event = ui_analysis.share_history_chart(series, [(dt.date(2025, 9, 1), "Inloop")])
    other_figure = ui_analysis.share_history_chart(
        {"Venlo": (STARTS, [40.0, 41.0], [28.47, 28.47])}, events
    )
    assert other_event is not first and other_figure is not first
    assert "Inloop" in [a.text for a in other_event.layout.annotations]
    assert list(other_figure.data[0].y) == [40.0, 41.0]
