import datetime as dt

import plotly.graph_objects as go

from monitor import charts


def test_base_layout_uses_dutch_separators_and_the_shared_palette():
    fig = charts.base_layout(go.Figure(), title="Uren")
    assert fig.layout.separators == ",."
    assert list(fig.layout.colorway) == charts.PALETTE


def test_context_events_become_labelled_vertical_lines():
    fig = go.Figure(go.Scatter(x=[dt.date(2025, 1, 1), dt.date(2025, 12, 1)], y=[1, 2]))
    charts.add_events(
        fig, [(dt.date(2025, 7, 15), "Zomerstop"), (dt.date(2025, 9, 1), "Nieuwe inloop")]
    )
    assert len(fig.layout.shapes) == 2
    assert [a.text for a in fig.layout.annotations] == ["Zomerstop", "Nieuwe inloop"]
