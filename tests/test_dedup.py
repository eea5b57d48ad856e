"""Duplicate detection: planted syndicated copies are found, same-topic articles are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aseancorpus import Article, Corpus, InvalidArgument, load_seeds, load_text
from aseancorpus.dedup import find_duplicates, shingles


def _syndicated(a: Article, *, new_id: str) -> Article:
    """A wire copy as another site republishes it: new title, a paragraph cut, words edited, own footer."""
    paras = list(a.paragraphs)
    del paras[len(paras) // 2]  # an editor cut a paragraph
    edited = []
    for i, p in enumerate(paras):
        if i % 4 == 1:  # light rewording in some paragraphs
            words = p.split(" ")
            words = [w for j, w in enumerate(words) if j % 9 != 4]
            p = " ".join(words)
        edited.append(p)
    if a.language == "vi":
        title, footer = "Tin quốc tế: " + (a.title or ""), "Theo TTXVN. Xem thêm tin tức tại chuyên mục Thế giới."
    else:
        title, footer = "ข่าวต่างประเทศ: " + (a.title or ""), "ที่มา: สำนักข่าวต่างประเทศ"
    text = "\n\n".join([title, *([a.lead] if a.lead else []), *edited, footer])
    return load_text(text, id=new_id, lang=a.language, clean=False)


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return list(load_seeds())


def test_planted_syndicated_copies_are_found(seeds: list[Article]) -> None:
    vi_copy = _syndicated(seeds[2], new_id="copy_vi")
    th_copy = _syndicated(seeds[0], new_id="copy_th")
    corpus = Corpus([*seeds, vi_copy, th_copy])
    clusters = corpus.duplicates(workers=1)
    found = {frozenset(c.ids) for c in clusters}
    assert found == {frozenset({seeds[2].id, "copy_vi"}), frozenset({seeds[0].id, "copy_th"})}
    for c in clusters:
        assert c.ids[0] in {s.id for s in seeds}  # the original comes first and is kept
        assert c.similarity[0] == 1.0
        assert 0.5 <= c.similarity[1] < 1.0
        assert not c.exact
    kept = [a.id for a in corpus.dedup(workers=1)]
    assert kept == [s.id for s in seeds]


def test_same_topic_articles_are_not_duplicates(seeds: list[Article]) -> None:
    # Seeds 1 and 2 both report an ASEAN-US foreign ministers' meeting (same entities, same vocabulary).
    assert find_duplicates(seeds, workers=1) == []


def test_exact_copies_ignore_spacing_and_case(seeds: list[Article]) -> None:
    a = seeds[3]
    copy = load_text(a.text.upper().replace(" ", "  "), id="shouty", lang=a.language, clean=False)
    (cluster,) = find_duplicates([a, seeds[4], copy], workers=1)
    assert cluster.ids == (a.id, "shouty")
    assert cluster.exact
    assert cluster.similarity == (1.0, 1.0)


def test_empty_articles_are_never_clustered() -> None:
    empties = [Article(id=str(i), raw="", language="vi") for i in range(3)]
    assert find_duplicates(empties, workers=1) == []


def test_parallel_equals_serial(seeds: list[Article]) -> None:
    corpus = Corpus([*seeds, _syndicated(seeds[1], new_id="c1"), _syndicated(seeds[2], new_id="c2")])
    assert corpus.duplicates(workers=2) == corpus.duplicates(workers=1)


@given(st.lists(st.sampled_from(["hợp tác", "ASEAN", "Mỹ", "kinh tế", "biển"]), max_size=12), st.integers(1, 4))
def test_shingles(words: list[str], n: int) -> None:
    got = shingles(words, n)
    if len(words) >= n:
        assert len(got) <= len(words) - n + 1
        assert all(len(g.split(" ")) >= n for g in got)
    assert bool(got) == bool(words)


@settings(max_examples=10)
@given(st.floats(allow_nan=True) | st.integers())
def test_bad_threshold(t: float) -> None:
    if isinstance(t, (int, float)) and 0 < t <= 1:
        return
    with pytest.raises(InvalidArgument, match="threshold"):
        find_duplicates([], threshold=t)
