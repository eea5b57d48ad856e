"""Corpus-level helpers: word frequencies per language, n-grams, and a KWIC concordance.

They take any iterable of :class:`~aseancorpus.model.Article` (a
:class:`~aseancorpus.corpus.Corpus`, a list...) and read :attr:`~aseancorpus.Article.text`.

>>> from aseancorpus import load_text
>>> a = load_text("Việt Nam và Hàn Quốc\\n\\nViệt Nam hợp tác với ASEAN.", clean=False)
>>> word_frequencies([a])["vi"].most_common(1)
[('Việt Nam', 2)]
>>> [str(line) for line in concordance([a], "hàn quốc", width=8)]
['Nam và [Hàn Quốc] Việt N']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Final

import attrs

from ..errors import InvalidArgument
from ..model import Article, Token
from .core import sentence_offsets, words

__all__ = ["KwicLine", "concordance", "ngrams", "word_frequencies"]

_SKIP_PUNCT: Final[frozenset[str]] = frozenset({"punct", "symbol", "space"})


def _check_articles(articles: object) -> None:
    if isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
        raise InvalidArgument(f"articles must be an iterable of Article, not {type(articles).__name__}")


def _tokens(article: Article, lang: str | None, lower: bool, drop_punct: bool, engine: str | None) -> list[Token]:
    if not isinstance(article, Article):
        raise InvalidArgument(f"expected an Article, got {type(article).__name__}")
    toks = words(article.text, lang=article.language if article.language != "und" else None, engine=engine,
                 lower=lower, drop_punct=drop_punct)  # fmt: skip
    return [t for t in toks if lang is None or t.lang == lang]


def word_frequencies(
    articles: Iterable[Article],
    *,
    lang: str | None = None,
    lower: bool = False,
    drop_punct: bool = True,
    engine: str | None = None,
) -> dict[str, Counter[str]]:
    """Count words per language over ``articles``.

    .. versionadded:: 0.1.0

    Args:
        articles: Articles to read.
        lang: Count only tokens segmented as this language ("th", "vi"...).
        lower: Count lower-cased forms.
        drop_punct: Leave out punctuation and symbols.
        engine: Word engine, as for :func:`~aseancorpus.words`.

    Returns:
        ``{language: Counter(word -> count)}``; a Thai article's Vietnamese
        caption words are counted under ``"vi"``.

    Raises:
        InvalidArgument: If ``articles`` is not an iterable of Articles.
    """
    _check_articles(articles)
    out: dict[str, Counter[str]] = {}
    for article in articles:
        for t in _tokens(article, lang, lower, drop_punct, engine):
            out.setdefault(t.lang, Counter())[t.norm] += 1
    return out


def ngrams(
    articles: Iterable[Article],
    n: int = 2,
    *,
    lang: str | None = None,
    lower: bool = False,
    drop_punct: bool = True,
    engine: str | None = None,
) -> dict[str, Counter[tuple[str, ...]]]:
    """Count word n-grams per language; n-grams never cross a sentence or a language change.

    .. versionadded:: 0.1.0

    Args:
        articles: Articles to read.
        n: Length of the n-grams (>= 1).
        lang: Count only n-grams of this language.
        lower: Use lower-cased forms.
        drop_punct: Leave punctuation out before forming n-grams.
        engine: Word engine, as for :func:`~aseancorpus.words`.

    Returns:
        ``{language: Counter((w1, ..., wn) -> count)}``.

    Raises:
        InvalidArgument: If ``n < 1`` or ``articles`` is not an iterable of Articles.

    >>> from aseancorpus import load_text
    >>> a = load_text("Hợp tác ASEAN-Mỹ. Hợp tác ASEAN-Mỹ tiếp tục.", clean=False)
    >>> ngrams([a], 2)["vi"].most_common(1)
    [(('Hợp tác', 'ASEAN-Mỹ'), 2)]
    """
    if not isinstance(n, int) or isinstance(n, bool) or n < 1:
        raise InvalidArgument(f"n must be an integer >= 1, not {n!r}")
    _check_articles(articles)
    out: dict[str, Counter[tuple[str, ...]]] = {}
    for article in articles:
        toks = _tokens(article, lang, lower, drop_punct, engine)
        bounds = [e for _s, e in sentence_offsets(article.text)]
        for group in _groups(toks, bounds):
            counter = out.setdefault(group[0].lang, Counter())
            forms = [t.norm for t in group]
            for i in range(len(forms) - n + 1):
                counter[tuple(forms[i : i + n])] += 1
    return out


def _groups(toks: list[Token], bounds: list[int]) -> Iterator[list[Token]]:
    """Split tokens at sentence ends and at changes of language."""
    group: list[Token] = []
    bi = 0
    for t in toks:
        while bi < len(bounds) and bounds[bi] <= t.start:
            bi += 1
            if group:
                yield group
                group = []
        if group and group[-1].lang != t.lang:
            yield group
            group = []
        group.append(t)
    if group:
        yield group


@attrs.frozen
class KwicLine:
    """One hit of a concordance: the match and its context.

    .. versionadded:: 0.1.0

    Attributes:
        article_id: :attr:`~aseancorpus.Article.id` of the article.
        start: Offset of the match in :attr:`~aseancorpus.Article.text`.
        end: Offset just past the match.
        left: Up to ``width`` characters before the match.
        match: The matched text, exactly as in the article.
        right: Up to ``width`` characters after the match.
        lang: The article's language.
    """

    article_id: str
    start: int
    end: int
    left: str
    match: str
    right: str
    lang: str = "und"

    def __str__(self) -> str:
        left = " ".join(self.left.split())
        right = " ".join(self.right.split())
        return f"{left} [{self.match}] {right}"


def concordance(
    articles: Iterable[Article],
    query: str,
    *,
    width: int = 40,
    lang: str | None = None,
    case_sensitive: bool = False,
    normalize: bool = True,
    whole_words: bool = False,
) -> list[KwicLine]:
    """Find ``query`` in the articles and return key-word-in-context lines.

    .. versionadded:: 0.1.0

    Works the same on Thai (no spaces between words) and Vietnamese: the
    query is matched as a substring; with ``whole_words=True`` a match must
    start and end on word boundaries found by :func:`~aseancorpus.words`.

    Args:
        articles: Articles to search.
        query: The text to find.
        width: Characters of context on each side (>= 0).
        lang: Search only articles in this language.
        case_sensitive: Match case exactly.
        normalize: Match after :func:`aseancorpus.normalize` (NFC, spaces,
            Vietnamese tone placement, Thai mark order), so "hoà" finds
            "hòa"; offsets and context still come from the article text.
        whole_words: Only keep matches that line up with word boundaries.

    Returns:
        The hits in article order, then text order.

    Raises:
        InvalidArgument: If ``query`` is empty or ``width`` is negative.

    >>> from aseancorpus import load_text
    >>> a = load_text("อาเซียนและสหรัฐเห็นพ้อง", clean=False)
    >>> [(h.left, h.match, h.right) for h in concordance([a], "สหรัฐ", width=5)]
    [('ยนและ', 'สหรัฐ', 'เห็นพ')]
    """
    if not isinstance(query, str) or not query.strip():
        raise InvalidArgument(f"query must be a non-empty string, not {query!r}")
    if not isinstance(width, int) or width < 0:
        raise InvalidArgument(f"width must be an integer >= 0, not {width!r}")
    _check_articles(articles)
    from ..normalization import normalize as _normalize

    flags = 0 if case_sensitive else re.IGNORECASE
    out: list[KwicLine] = []
    for article in articles:
        if not isinstance(article, Article):
            raise InvalidArgument(f"expected an Article, got {type(article).__name__}")
        if lang is not None and article.language != lang:
            continue
        text = article.text
        if normalize:
            norm = _normalize(text)
            pattern = re.compile(re.escape(_normalize(query).text.strip()), flags)
            spans = [norm.to_input_span(*m.span()) for m in pattern.finditer(norm.text)]
        else:
            pattern = re.compile(re.escape(query), flags)
            spans = [m.span() for m in pattern.finditer(text)]
        if whole_words and spans:
            toks = words(text, lang=article.language if article.language != "und" else None)
            starts = {t.start for t in toks}
            ends = {t.end for t in toks}
            spans = [(s, e) for s, e in spans if s in starts and e in ends]
        for s, e in spans:
            out.append(KwicLine(article.id, s, e, text[max(0, s - width) : s], text[s:e], text[e : e + width],
                                article.language))  # fmt: skip
    return out
