from monitor import charts, charts_report


def test_deployment_vs_key_puts_hours_and_key_side_by_side_in_neutral_colours():
    fig = charts_report.deployment_vs_key(["Beesel", "Venlo"], [25.0, 75.0], [0.78, None])
    assert [t.name for t in fig.data] == ["Aandeel in de uren", "Aandeel volgens de verdeelsleutel"]
    assert list(fig.data[1].x) == [0.78, 0]
    assert {t.marker.color for t in fig.data} <= set(charts.PALETTE)
    assert fig.layout.separators == ",."
    assert fig.layout.margin.l >= 20 + 7 * len("Beesel")


def test_hours_by_label_and_theme_shares():
    fig = charts_report.hours_by_label(["Inloop"], [2.5])
    assert list(fig.data[0].x) == [2.5]
    shares = charts_report.theme_shares(["Stigma"], [40.0], [20.0], "Nu", "Toen")
    assert [t.name for t in shares.data] == ["Toen", "Nu"]
