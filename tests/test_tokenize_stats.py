"""Corpus statistics: word frequencies, n-grams, concordance."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given

import aseancorpus as ac
from aseancorpus.errors import InvalidArgument
from aseancorpus.tokenize import KwicLine, concordance, ngrams, word_frequencies
from strategies import articles


@pytest.fixture(scope="module")
def seeds() -> list[ac.Article]:
    return list(ac.load_seeds(clean=False))


def test_word_frequencies_per_language(seeds: list[ac.Article]) -> None:
    freq = word_frequencies(seeds)
    assert freq["vi"]["ASEAN"] > 10
    assert freq["vi"]["Việt Nam"] >= 3
    assert freq["th"]["สหรัฐ"] >= 3
    assert "," not in freq["vi"]
    only_th = word_frequencies(seeds, lang="th")
    assert set(only_th) == {"th"}
    assert only_th["th"] == freq["th"]
    lowered = word_frequencies(seeds, lower=True)
    assert lowered["vi"]["asean"] == freq["vi"]["ASEAN"] + freq["vi"]["asean"]


def test_ngrams(seeds: list[ac.Article]) -> None:
    bi = ngrams(seeds, 2)
    assert bi["vi"][("hợp tác", "ASEAN-Mỹ")] >= 1
    uni = ngrams(seeds, 1)
    assert Counter({k[0]: v for k, v in uni["vi"].items()}) == word_frequencies(seeds)["vi"]
    with pytest.raises(InvalidArgument, match="n must be"):
        ngrams(seeds, 0)


def test_concordance_across_languages(seeds: list[ac.Article]) -> None:
    hits = concordance(seeds, "ASEAN", width=20)
    assert hits
    assert all(isinstance(h, KwicLine) for h in hits)
    by_id = {a.id: a for a in seeds}
    for h in hits:
        text = by_id[h.article_id].text
        assert text[h.start : h.end] == h.match
        assert h.match.lower() == "asean"
        assert text[max(0, h.start - 20) : h.start] == h.left
        assert len(h.right) <= 20
    th = concordance(seeds, "สหรัฐ", width=10, lang="th")
    assert th
    assert {h.lang for h in th} == {"th"}
    assert "[สหรัฐ]" in str(th[0])


def test_concordance_matches_either_tone_style() -> None:
    a = ac.load_text("Hoà bình và hòa giải\n\nHÒA BÌNH", clean=False)
    hits = concordance([a], "hoà")
    assert [h.match for h in hits] == ["Hoà", "hòa", "HÒA"]
    assert concordance([a], "hoà", normalize=False, case_sensitive=True) == []


def test_concordance_whole_words() -> None:
    a = ac.load_text("Mỹ và Đối thoại ASEAN-Mỹ", clean=False)
    assert [h.start for h in concordance([a], "Mỹ", whole_words=True)] == [0]
    assert len(concordance([a], "Mỹ")) == 2


@given(articles())
def test_concordance_offsets_on_any_article(article: ac.Article) -> None:
    text = article.text
    words = [w for w in text.split() if len(w) > 1][:3]
    for w in words:
        for h in concordance([article], w, width=5):
            assert text[h.start : h.end] == h.match


@pytest.mark.parametrize(
    ("call", "match"),
    [
        (lambda: concordance([], ""), "query"),
        (lambda: concordance([], "x", width=-1), "width"),
        (lambda: word_frequencies("not articles"), "iterable"),  # type: ignore[arg-type]
        (lambda: word_frequencies([1]), "Article"),  # type: ignore[list-item]
    ],
)
def test_bad_arguments(call: object, match: str) -> None:
    with pytest.raises(InvalidArgument, match=match):
        call()  # type: ignore[operator]
