"""Corpus-level entity statistics: counts, co-occurrence pairs, and the CLI table.

Sentences come from :func:`aseancorpus.tokenize.sentences`.

>>> from aseancorpus import load_seeds
>>> corpus = load_seeds(clean=False)
>>> counts = entity_counts(corpus)
>>> counts["US"] > counts["RU"] > 0
True
>>> pairs = cooccurrences(corpus.filter(lang="th"), within="sentence")
>>> pairs[("US", "org:asean")] > 0
True
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Final, Literal, overload

from ..errors import InvalidArgument
from ..model import Article, Entity, entity_to_dict
from .core import entities

__all__ = [
    "BY",
    "NAME_LABELS",
    "cooccurrences",
    "entities_table",
    "entities_table_lines",
    "entity_counts",
    "entity_counts_table",
]

#: What :func:`entity_counts` and :func:`cooccurrences` can count by.
BY: Final[tuple[str, ...]] = ("key", "canonical", "text", "label")
#: Labels counted by default: names, not values.
NAME_LABELS: Final[tuple[str, ...]] = ("PER", "ORG", "LOC", "MISC")
_WITHIN: Final[tuple[str, ...]] = ("sentence", "article")


def _check(by: str, labels: Iterable[str] | None) -> frozenset[str]:
    if by not in BY:
        raise InvalidArgument(f"by={by!r} is not allowed; use one of: {', '.join(BY)}")
    from ..model import ENTITY_LABELS

    chosen = frozenset(NAME_LABELS if labels is None else ([labels] if isinstance(labels, str) else labels))
    bad = sorted(chosen - set(ENTITY_LABELS))
    if bad:
        raise InvalidArgument(f"unknown labels {bad}; use some of: {', '.join(ENTITY_LABELS)}")
    return chosen


def _item(e: Entity, by: str) -> str | None:
    if by == "key":
        return e.key
    if by == "canonical":
        return e.canonical
    return e.text if by == "text" else e.label


def _articles(articles: Iterable[Article], lang: str | None) -> Iterable[Article]:
    return (a for a in articles if lang is None or a.language == lang)


@overload
def entity_counts(
    articles: Iterable[Article],
    *,
    by: str = ...,
    labels: Iterable[str] | None = ...,
    ner: bool = ...,
    lang: str | None = ...,
    per_language: Literal[False] = ...,
) -> Counter[str]: ...


@overload
def entity_counts(
    articles: Iterable[Article],
    *,
    by: str = ...,
    labels: Iterable[str] | None = ...,
    ner: bool = ...,
    lang: str | None = ...,
    per_language: Literal[True],
) -> dict[str, Counter[str]]: ...


def entity_counts(
    articles: Iterable[Article],
    *,
    by: str = "key",
    labels: Iterable[str] | None = None,
    ner: bool = False,
    lang: str | None = None,
    per_language: bool = False,
) -> Counter[str] | dict[str, Counter[str]]:
    """Count entity mentions over articles.

    .. versionadded:: 0.1.0

    Args:
        articles: Articles or a :class:`~aseancorpus.corpus.Corpus`.
        by: ``"key"`` (the canonical id; mentions without one, i.e. NER-only
            names, are skipped), ``"canonical"`` (English name, likewise),
            ``"text"`` (surface form) or ``"label"``.
        labels: Labels to count; by default names (PER, ORG, LOC, MISC).
        ner: Run NER too (slow); by default gazetteer links and values only.
        lang: Only articles in this language.
        per_language: Return ``{language: Counter}`` instead of one Counter.

    Raises:
        InvalidArgument: If ``by`` or a label is unknown.
    """
    wanted = _check(by, labels)
    result: dict[str, Counter[str]] = {}
    for a in _articles(articles, lang):
        counter = result.setdefault(a.language if per_language else "", Counter())
        for e in entities(a, ner=ner):
            item = _item(e, by)
            if e.label in wanted and item is not None:
                counter[item] += 1
    if per_language:
        return result
    return result.get("", Counter())


def _sentence_bounds(a: Article) -> list[tuple[int, int]]:
    from ..tokenize import sentences

    return [(s.start, s.end) for s in sentences(a.text, lang=a.language)]


@overload
def cooccurrences(
    articles: Iterable[Article],
    *,
    within: str = ...,
    by: str = ...,
    labels: Iterable[str] | None = ...,
    ner: bool = ...,
    lang: str | None = ...,
    per_language: Literal[False] = ...,
) -> Counter[tuple[str, str]]: ...


@overload
def cooccurrences(
    articles: Iterable[Article],
    *,
    within: str = ...,
    by: str = ...,
    labels: Iterable[str] | None = ...,
    ner: bool = ...,
    lang: str | None = ...,
    per_language: Literal[True],
) -> dict[str, Counter[tuple[str, str]]]: ...


def cooccurrences(
    articles: Iterable[Article],
    *,
    within: str = "sentence",
    by: str = "key",
    labels: Iterable[str] | None = None,
    ner: bool = False,
    lang: str | None = None,
    per_language: bool = False,
) -> Counter[tuple[str, str]] | dict[str, Counter[tuple[str, str]]]:
    """Count pairs of distinct entities mentioned in the same sentence or article.

    .. versionadded:: 0.1.0

    Each unit (sentence or article) counts a pair once, however often the two
    are mentioned in it. Pairs are sorted tuples, e.g. ``("US", "org:asean")``.

    Args:
        articles: Articles or a :class:`~aseancorpus.corpus.Corpus`.
        within: ``"sentence"`` or ``"article"``.
        by: As for :func:`entity_counts`.
        labels: As for :func:`entity_counts`.
        ner: As for :func:`entity_counts`.
        lang: Only articles in this language.
        per_language: Return ``{language: Counter}`` instead of one Counter.

    Raises:
        InvalidArgument: If ``within``, ``by`` or a label is unknown.
    """
    if within not in _WITHIN:
        raise InvalidArgument(f"within={within!r} is not allowed; use one of: {', '.join(_WITHIN)}")
    wanted = _check(by, labels)
    result: dict[str, Counter[tuple[str, str]]] = {}
    for a in _articles(articles, lang):
        counter = result.setdefault(a.language if per_language else "", Counter())
        found = [(e.start, _item(e, by)) for e in entities(a, ner=ner) if e.label in wanted]
        found = [(s, i) for s, i in found if i is not None]
        if not found:
            continue
        bounds = [(0, len(a.text))] if within == "article" else _sentence_bounds(a)
        for start, end in bounds:
            items = sorted({i for s, i in found if start <= s < end and i is not None})
            counter.update(itertools.combinations(items, 2))
    if per_language:
        return result
    return result.get("", Counter())


_TABLE_HEADER: Final[tuple[str, ...]] = (
    "article",
    "start",
    "end",
    "label",
    "key",
    "canonical",
    "value",
    "text",
)


def entities_table_lines(
    articles: Iterable[Article], *, as_json: bool = False, ner: bool = True
) -> Iterator[str]:
    """The lines of :func:`entities_table`, one at a time (for streaming a large corpus).

    .. versionadded:: 0.1.0

    Each line ends with a newline.
    """
    import orjson

    if not as_json:
        yield "\t".join(_TABLE_HEADER) + "\n"
    for a in articles:
        found = entities(a, ner=ner)
        if as_json:
            record = {"id": a.id, "language": a.language, "entities": [entity_to_dict(e) for e in found]}
            yield orjson.dumps(record).decode("utf-8") + "\n"
            continue
        for e in found:
            cells = (
                a.id,
                str(e.start),
                str(e.end),
                e.label,
                e.key or "",
                e.canonical or "",
                _value_str(e),
                e.text,
            )
            yield "\t".join(c.replace("\t", " ").replace("\r", " ").replace("\n", " ") for c in cells) + "\n"


def entities_table(articles: Iterable[Article], *, as_json: bool = False, ner: bool = True) -> str:
    """Render the entities of articles for ``aseancorpus entities PATH... [--json]``.

    .. versionadded:: 0.1.0

    The table has one line per mention: article id, start, end, label, key,
    canonical name, value and text, tab-separated under a header (tabs and
    line breaks inside a mention become spaces). With ``as_json`` it is JSON
    Lines instead: one object per article with ``id``, ``language`` and
    ``entities`` (dicts with the fields of :class:`~aseancorpus.model.Entity`;
    amounts as strings, to keep Decimal exact, and a ``type`` of ``"money"``,
    ``"quantity"`` or ``"date"``).

    Args:
        articles: Articles or a :class:`~aseancorpus.corpus.Corpus`.
        as_json: JSON Lines instead of the table.
        ner: Run NER too (slower); ``False`` gives gazetteer links and values only.

    >>> from aseancorpus import load_text
    >>> table = entities_table([load_text("Mỹ và ASEAN", clean=False)], ner=False)
    >>> table.splitlines()[1].split(chr(9))[1:]
    ['0', '2', 'LOC', 'US', 'United States', '', 'Mỹ']
    """
    return "".join(entities_table_lines(articles, as_json=as_json, ner=ner))


def entity_counts_table(
    articles: Iterable[Article],
    *,
    as_json: bool = False,
    ner: bool = False,
    labels: Iterable[str] | None = None,
) -> str:
    """Mentions per canonical entity and language, for ``aseancorpus entities --counts``.

    .. versionadded:: 0.1.0

    The table has the columns key, label, canonical name, one column per
    language found (sorted) and the total, most mentioned first (ties by key).
    With ``as_json``, a JSON list of objects with the same fields, the
    per-language counts under ``"by_language"``. Names only NER found have no
    key and are not counted.

    >>> from aseancorpus import load_text
    >>> arts = [load_text("Mỹ và ASEAN. Hoa Kỳ", clean=False), load_text("อาเซียนและสหรัฐ", clean=False)]
    >>> print(entity_counts_table(arts))  # doctest: +NORMALIZE_WHITESPACE
    key label canonical th vi total
    US LOC United States 1 2 3
    org:asean ORG ASEAN 1 1 2
    """
    import orjson

    from .gazetteer import load_gazetteer

    per_lang = entity_counts(articles, by="key", labels=labels, ner=ner, per_language=True)
    langs = sorted(per_lang)
    totals: Counter[str] = Counter()
    for c in per_lang.values():
        totals.update(c)
    gaz = load_gazetteer()
    rows = []
    for key, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        entry = gaz.get(key)
        rows.append(
            {
                "key": key,
                "label": entry.label if entry else None,
                "canonical": entry.canonical if entry else None,
                "by_language": {lg: per_lang[lg][key] for lg in langs},
                "total": total,
            }
        )
    if as_json:
        return orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode("utf-8") + "\n"
    lines = ["\t".join(["key", "label", "canonical", *langs, "total"])]
    for r in rows:
        counts = [str(r["by_language"][lg]) for lg in langs]  # type: ignore[index]
        lines.append(
            "\t".join(
                [str(r["key"]), str(r["label"] or ""), str(r["canonical"] or ""), *counts, str(r["total"])]
            )
        )
    return "\n".join(lines) + "\n"


def _value_str(e: Entity) -> str:
    from ..model import Money, PartialDate, Quantity

    v = e.value
    if isinstance(v, Money):
        return f"{v.amount}{'-' + str(v.high) if v.high is not None else ''} {v.currency}"
    if isinstance(v, Quantity):
        return f"{v.amount}{'-' + str(v.high) if v.high is not None else ''} {v.unit}"
    if isinstance(v, PartialDate):
        return "-".join("??" if x is None else f"{x:02d}" for x in (v.year, v.month, v.day))
    return ""
