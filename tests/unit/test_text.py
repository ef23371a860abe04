import math

import polars as pl
import pytest

from monitor import text


def test_tokenise_lowercases_strips_punctuation_and_keeps_diacritics():
    assert text.tokenise('De cliënt zei: "Eén gesprek, 12 formulieren!" (e-mail)') == [
        "de",
        "cliënt",
        "zei",
        "eén",
        "gesprek",
        "formulieren",
        "mail",
    ]


@pytest.mark.parametrize(
    ("forms", "stem"),
    [
        (["gesprek", "gesprekken"], "sprek"),
        (["verhaal", "verhalen"], "verhaal"),
        (["formulier", "formulieren"], "formulier"),
        (["inwoner", "inwoners"], "inwoner"),
        (["praten", "praatte"], "praat"),
    ],
)
def test_stem_joins_dutch_word_forms(forms, stem):
    assert {text.stem(f) for f in forms} == {stem}


def test_stop_words_are_dropped_from_terms_and_queries():
    assert text.is_stop_word("de")
    assert text.is_stop_word("het")
    assert not text.is_stop_word("naast")
    assert text.query_terms("de gesprekken met het wijkteam") == ["sprek", "wijkteam"]
    assert text.query_terms("de en het") == []


def test_bigrams_pair_adjacent_content_words_only():
    words = text.content_words("mensen durven pas te praten")
    assert text.bigrams(words) == [("mens durf", "mensen durven"), ("durf pas", "durven pas")]


def test_note_terms_counts_stems_and_bigrams_with_first_form():
    terms = text.note_terms("Gesprekken, gesprek en nog een gesprek.")
    assert terms == [("sprek", "gesprekken", 1, 3), ("sprek sprek", "gesprekken gesprek", 2, 1)]


def test_log_odds_on_a_hand_checked_corpus():
    # a: "x x y", b: "x y y"; pooled prior 3/3 scaled to alpha0 = 2 gives alpha_w = 1.
    # delta_x = log(3 / (3+2-2-1)) - log(2 / (3+2-1-1)) = log(1.5) - log(2/3) = 2 log 1.5
    # var_x = 1/3 + 1/2; z = delta / sqrt(var).
    df = text.log_odds({"x": 2, "y": 1}, {"x": 1, "y": 2}, alpha0=2)
    delta = 2 * math.log(1.5)
    z = delta / math.sqrt(1 / 3 + 1 / 2)
    assert df.get_column("term").to_list() == ["x", "y"]
    assert df.get_column("delta").to_list() == pytest.approx([delta, -delta])
    assert df.get_column("variance").to_list() == pytest.approx([5 / 6, 5 / 6])
    assert df.get_column("z").to_list() == pytest.approx([z, -z])
    assert z == pytest.approx(0.88833, abs=1e-5)


def test_log_odds_with_an_explicit_prior_and_unseen_words():
    # Prior 1:3 over (x, y) scaled to alpha0 = 4: alpha_x = 1, alpha_y = 3. n_a = 2, n_b = 2.
    df = text.log_odds({"x": 2}, {"y": 2}, alpha0=4, prior={"x": 1, "y": 3})
    row = {r["term"]: r for r in df.iter_rows(named=True)}
    dx = math.log(3 / (2 + 4 - 3)) - math.log(1 / (2 + 4 - 1))
    assert row["x"]["delta"] == pytest.approx(dx)
    assert row["x"]["variance"] == pytest.approx(1 / 3 + 1)
    assert row["y"]["count_a"] == 0


def test_emerging_terms_finds_the_rising_and_falling_words():
    recent = [
        "Het formulier schrikt af.",
        "Weer een formulier dat mensen wegjaagt.",
        "Formulieren op tafel: mensen zwijgen.",
    ]
    earlier = ["De inloop was druk.", "Veel gesprekken in de inloop.", "De inloop groeit."]
    df = text.emerging_terms(recent, earlier, top=3, alpha0=10, min_count=2)
    rising = df.filter(pl.col("direction") == "stijgt").get_column("label").to_list()
    falling = df.filter(pl.col("direction") == "daalt").get_column("label").to_list()
    assert rising[0] == "formulier"
    assert falling == ["inloop"]
    assert df.columns == [
        "term",
        "label",
        "ngram",
        "count_a",
        "count_b",
        "delta",
        "variance",
        "z",
        "direction",
    ]
    assert df.get_column("z").is_sorted(descending=True)


def test_emerging_terms_of_empty_corpora_is_empty():
    assert text.emerging_terms([], []).is_empty()
    assert text.emerging_terms(["de het een"], []).is_empty()
