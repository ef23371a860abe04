import polars as pl

from monitor import charts, charts_stories, text


def test_emerging_terms_figure_has_rising_and_falling_bars_in_okabe_ito_colours():
    terms = text.emerging_terms(
        ["formulier formulier schrikt", "formulier weer"],
        ["inloop druk", "inloop groeit inloop"],
        alpha0=10,
        min_count=2,
    )
    fig = charts_stories.emerging_terms_figure(terms, title="Test")
    names = [t.name for t in fig.data]
    assert names == [charts_stories.FALLING, charts_stories.RISING]
    assert [t.marker.color for t in fig.data] == [charts.PALETTE[1], charts.PALETTE[0]]
    assert all(t.orientation == "h" for t in fig.data)
    rising = fig.data[1]
    assert list(rising.y) == ["formulier"]
    assert all(x > 0 for x in rising.x)
    assert all(x < 0 for x in fig.data[0].x)
    assert fig.layout.separators == ",."
    assert list(fig.layout.yaxis.categoryarray) == terms.sort("z").get_column("label").to_list()


def test_emerging_terms_figure_without_terms():
    empty = text.emerging_terms([], [])
    assert isinstance(empty, pl.DataFrame)
    assert charts_stories.emerging_terms_figure(empty).data == ()
