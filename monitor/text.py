"""Text processing for narrative notes: Dutch tokens, stop words, stems, bigrams, log-odds.

Plain functions without Streamlit or DuckDB, so the report (issue 7) and benchmarks can use them.
The comparison of word use between two sets of notes is the weighted log-odds ratio with an
informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16-22).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import polars as pl
import snowballstemmer  # type: ignore[import-untyped]

# Letters only (Unicode aware, so "cliënt" and "één" stay whole); digits and punctuation split.
_WORD = re.compile(r"[^\W\d_]+")

# The Snowball Dutch stop-word list, plus a few everyday function words that carry no meaning.
STOP_WORDS: frozenset[str] = frozenset(
    """
    aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus
    een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets
    ik in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of
    om omdat onder ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
    was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo zonder zou
    we wij jij jou jouw jullie hen onze zoals waar wanneer waarom welke welk elk elke ieder
    iedere even heel erg wel gewoon mee af toe tussen via per nou hè
    gaat gaan ging kwam komt komen wordt werden zei zegt heel best
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

_LOCAL = threading.local()


def tokenise(text: str) -> list[str]:
    """Lowercase words of two or more letters, punctuation and digits removed, diacritics kept."""
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1]


def is_stop_word(word: str) -> bool:
    return word in STOP_WORDS


def _stemmer() -> object:
    # Snowball stemmer objects keep state while stemming: one per thread (Streamlit sessions).
    found = getattr(_LOCAL, "stemmer", None)
    if found is None:
        found = snowballstemmer.stemmer("dutch")
        _LOCAL.stemmer = found
    return found


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Dutch Snowball stem of one lowercase word: 'gesprekken' and 'gesprek' share one."""
    result: str = _stemmer().stemWord(word)  # type: ignore[attr-defined]
    return result


def content_words(text: str) -> list[tuple[str, str | None]]:
    """Each token as (word, stem), with stem None for a stop word; order kept for bigrams."""
    return [(w, None if w in STOP_WORDS else stem(w)) for w in tokenise(text)]


def bigrams(words: Sequence[tuple[str, str | None]]) -> list[tuple[str, str]]:
    """Adjacent pairs of content words as (stem pair, word pair); a stop word breaks a pair."""
    pairs = []
    for (w1, s1), (w2, s2) in itertools.pairwise(words):
        if s1 is not None and s2 is not None:
            pairs.append((f"{s1} {s2}", f"{w1} {w2}"))
    return pairs


def note_terms(text: str) -> list[tuple[str, str, int, int]]:
    """The terms of one note: (term, form, ngram, count) for stems and stem bigrams.

    ``term`` is the stem (or two stems joined by a space), ``form`` the first word form seen in
    this note, ``ngram`` 1 or 2, ``count`` how often the term occurs in the note.
    """
    words = content_words(text)
    counts: Counter[str] = Counter()
    forms: dict[str, tuple[str, int]] = {}
    for word, s in words:
        if s is not None:
            counts[s] += 1
            forms.setdefault(s, (word, 1))
    for term, form in bigrams(words):
        counts[term] += 1
        forms.setdefault(term, (form, 2))
    return [(t, forms[t][0], forms[t][1], n) for t, n in counts.items()]


def query_terms(query: str) -> list[str]:
    """Stems to search for: the content words of a search text, stop words dropped, no repeats."""
    return list(dict.fromkeys(s for _, s in content_words(query) if s is not None))


def corpus_counts(texts: Iterable[str]) -> pl.DataFrame:
    """Term counts over a list of notes: columns term, label (most frequent form), ngram, count."""
    counts: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = {}
    ngrams: dict[str, int] = {}
    for text in texts:
        words = content_words(text)
        for word, s in words:
            if s is not None:
                counts[s] += 1
                forms.setdefault(s, Counter())[word] += 1
                ngrams[s] = 1
        for term, form in bigrams(words):
            counts[term] += 1
            forms.setdefault(term, Counter())[form] += 1
            ngrams[term] = 2
    return pl.DataFrame(
        {
            "term": list(counts),
            "label": [forms[t].most_common(1)[0][0] for t in counts],
            "ngram": [ngrams[t] for t in counts],
            "count": list(counts.values()),
        },
        schema={"term": pl.String, "label": pl.String, "ngram": pl.Int64, "count": pl.Int64},
    )


def log_odds(
    counts_a: Mapping[str, int],
    counts_b: Mapping[str, int],
    *,
    alpha0: float = 1000.0,
    prior: Mapping[str, float] | None = None,
) -> pl.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior, for every term of a or b.

    The prior is ``prior`` (default: the pooled counts of a and b) scaled to sum to ``alpha0``.
    Returns term, count_a, count_b, delta, variance, z (delta / sd), sorted by z descending:
    a positive z means the term is relatively more frequent in a than in b.
    """
    terms = sorted(set(counts_a) | set(counts_b))
    frame = pl.DataFrame(
        {
            "term": terms,
            "count_a": [int(counts_a.get(t, 0)) for t in terms],
            "count_b": [int(counts_b.get(t, 0)) for t in terms],
        },
        schema={"term": pl.String, "count_a": pl.Int64, "count_b": pl.Int64},
    )
    if prior is not None:
        frame = frame.with_columns(
            pl.Series("prior", [float(prior.get(t, 0.0)) for t in terms], dtype=pl.Float64)
        )
    return log_odds_frame(frame, alpha0=alpha0)


def log_odds_frame(counts: pl.DataFrame, *, alpha0: float = 1000.0) -> pl.DataFrame:
    """``log_odds`` on a frame with columns count_a and count_b (and optionally prior)."""
    if counts.is_empty():
        return counts.with_columns(
            pl.lit(None, pl.Float64).alias(c) for c in ("delta", "variance", "z")
        )
    weights = (
        pl.col("prior") if "prior" in counts.columns else pl.col("count_a") + pl.col("count_b")
    )
    n_a = float(counts.get_column("count_a").sum())
    n_b = float(counts.get_column("count_b").sum())
    frame = counts.with_columns(alpha=weights.cast(pl.Float64))
    total = float(frame.get_column("alpha").sum()) or 1.0
    frame = frame.with_columns(alpha=pl.col("alpha") * (alpha0 / total))
    ya = pl.col("count_a") + pl.col("alpha")
    yb = pl.col("count_b") + pl.col("alpha")
    delta = (ya / (n_a + alpha0 - ya)).log() - (yb / (n_b + alpha0 - yb)).log()
    variance = 1.0 / ya + 1.0 / yb
    frame = frame.with_columns(delta=delta, variance=variance).with_columns(
        z=pl.col("delta") / pl.col("variance").sqrt()
    )
    return frame.drop("alpha").sort(["z", "term"], descending=[True, False])


def emerging_from_counts(
    counts: pl.DataFrame, *, top: int = 15, alpha0: float = 1000.0, min_count: int = 2
) -> pl.DataFrame:
    """The terms that rose and fell most, from per-term counts of two periods.

    ``counts`` has columns term, label, ngram, count_a, count_b. Words and bigrams are compared
    as separate vocabularies (each with its own totals and prior). Terms seen fewer than
    ``min_count`` times in both periods together are left out after the statistic is computed.
    Returns up to ``top`` rising (z > 0) and ``top`` falling (z < 0) terms, with ``direction``
    'stijgt' or 'daalt', sorted by z descending.
    """
    parts = []
    for n in (1, 2):
        part = counts.filter(pl.col("ngram") == n)
        if not part.is_empty():
            parts.append(log_odds_frame(part.select("term", "count_a", "count_b"), alpha0=alpha0))
    if not parts:
        scored = pl.DataFrame(
            schema={
                "term": pl.String,
                "count_a": pl.Int64,
                "count_b": pl.Int64,
                "delta": pl.Float64,
                "variance": pl.Float64,
                "z": pl.Float64,
            }
        )
    else:
        scored = pl.concat(parts)
    scored = scored.join(counts.select("term", "label", "ngram"), on="term", how="left").filter(
        (pl.col("count_a") + pl.col("count_b")) >= min_count
    )
    rising = scored.filter(pl.col("z") > 0).sort(["z", "term"], descending=[True, False]).head(top)
    falling = scored.filter(pl.col("z") < 0).sort(["z", "term"]).head(top)
    out = pl.concat([rising, falling]).with_columns(
        direction=pl.when(pl.col("z") > 0).then(pl.lit("stijgt")).otherwise(pl.lit("daalt"))
    )
    return out.select(
        "term", "label", "ngram", "count_a", "count_b", "delta", "variance", "z", "direction"
    ).sort(["z", "term"], descending=[True, False])


def emerging_terms(
    notes_a: Sequence[str],
    notes_b: Sequence[str],
    *,
    top: int = 15,
    alpha0: float = 1000.0,
    min_count: int = 2,
) -> pl.DataFrame:
    """Words and two-word phrases whose share rose or fell most in ``notes_a`` against ``notes_b``.

    ``notes_a`` is the period of interest (usually the newer one), ``notes_b`` the one compared
    with. A positive z (direction 'stijgt') means relatively more frequent in ``notes_a``.
    Columns: term (stem key), label (most frequent word form), ngram, count_a, count_b, delta,
    variance, z, direction.
    """
    a = corpus_counts(notes_a).rename({"count": "count_a", "label": "label_a"})
    b = corpus_counts(notes_b).rename({"count": "count_b", "label": "label_b"})
    counts = (
        a.join(b, on=["term", "ngram"], how="full", coalesce=True)
        .with_columns(
            pl.col("count_a").fill_null(0),
            pl.col("count_b").fill_null(0),
            label=pl.coalesce("label_a", "label_b"),
        )
        .select("term", "label", "ngram", "count_a", "count_b")
    )
    return emerging_from_counts(counts, top=top, alpha0=alpha0, min_count=min_count)


def z_to_text(z: float) -> str:
    """A plain Dutch reading of a z-score's strength, without judging it good or bad."""
    size = abs(z)
    if math.isnan(size):
        return "onbekend"
    if size >= 3:
        return "duidelijk verschil"
    if size >= 2:
        return "merkbaar verschil"
    return "klein verschil"
