"""Entity finding: gazetteer links, values, then NER for names the gazetteer does not know.

The three sources are merged without overlaps: a gazetteer name inside a
money or quantity span is dropped ("ดอลลาร์สหรัฐ" in "96 ล้านดอลลาร์สหรัฐ" is
a currency, not the country); otherwise gazetteer names win over values and
NER spans that overlap them, and values win over NER spans.

>>> [(e.text, e.label, e.key) for e in entities("Mỹ hỗ trợ ASEAN 87 triệu USD", ner=False)]
[('Mỹ', 'LOC', 'US'), ('ASEAN', 'ORG', 'org:asean'), ('87 triệu USD', 'MONEY', None)]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from ..errors import InvalidArgument
from ..lang import LANGUAGES, detect_language
from ..model import Article, Entity
from .gazetteer import Gazetteer, load_gazetteer
from .values import find_values

__all__ = ["NER_ENGINES", "entities"]


def _vi(text: str, known: Sequence[tuple[int, int]]) -> list[Entity]:
    from .ner_vi import vietnamese_ner

    return vietnamese_ner(text, known)


def _th(text: str, known: Sequence[tuple[int, int]]) -> list[Entity]:
    from .ner_th import thai_ner

    return thai_ner(text, known)


#: NER back end for each language, called with the text and the spans already found;
#: languages not listed get gazetteer and values only.
NER_ENGINES: Final[dict[str, Callable[[str, Sequence[tuple[int, int]]], list[Entity]]]] = {
    "vi": _vi,
    "th": _th,
}


def entities(
    article_or_text: Article | str,
    *,
    lang: str | None = None,
    ner: bool = True,
    gazetteer: Gazetteer | None = None,
) -> list[Entity]:
    """Named entities, money, quantities and dates in an article or a text.

    .. versionadded:: 0.1.0

    Args:
        article_or_text: An :class:`~aseancorpus.model.Article` (offsets index
            into :attr:`Article.text`, the cleaned text) or a string (offsets
            index into it).
        lang: Language code (``"vi"``, ``"th"``...); by default the article's
            language, or the one detected in the text. It picks the NER model
            and how numbers are read ("1.347" is 1347 in Vietnamese).
        ner: Also run the statistical NER of the language for names the
            gazetteer does not know. ``False`` is the fast path: gazetteer and
            values only.
        gazetteer: The gazetteer to link names with; by default the bundled one
            (:func:`~aseancorpus.entity.load_gazetteer`). Pass your own, e.g.
            ``Gazetteer([*load_gazetteer(), *Gazetteer.from_tsv(my_rows)])``,
            to add entries.

    Returns:
        Entities in text order, without overlaps. Gazetteer links carry
        ``key`` and ``canonical``; values carry ``value``.

    Raises:
        InvalidArgument: If the input is neither an Article nor a string,
            ``lang`` is not a known language code, or ``gazetteer`` is not a
            :class:`~aseancorpus.entity.Gazetteer`.

    >>> [(e.text, e.canonical) for e in entities("อาเซียนและสหรัฐเห็นพ้อง", ner=False)]
    [('อาเซียน', 'ASEAN'), ('สหรัฐ', 'United States')]
    """
    if isinstance(article_or_text, Article):
        text = article_or_text.text
        lang = lang or article_or_text.language
    elif isinstance(article_or_text, str):
        text = article_or_text
    else:
        raise InvalidArgument(f"entities() needs an Article or a str, not {type(article_or_text).__name__}")
    if lang is None:
        lang = detect_language(text)
    if lang not in LANGUAGES:
        raise InvalidArgument(f"lang {lang!r} is not known; use one of: {', '.join(LANGUAGES)}")
    if not isinstance(ner, bool):
        raise InvalidArgument(f"ner must be True or False, not {ner!r}")

    values = find_values(text, lang=lang)
    if gazetteer is None:
        gazetteer = load_gazetteer()
    elif not isinstance(gazetteer, Gazetteer):
        raise InvalidArgument(f"gazetteer must be a Gazetteer, not {type(gazetteer).__name__}")
    names = gazetteer.find(text)
    out = _merge(names, values)
    engine = NER_ENGINES.get(lang) if ner else None
    if engine is not None:
        taken = bytearray(len(text))
        for e in out:
            taken[e.start : e.end] = b"\x01" * (e.end - e.start)
        found = [
            e for e in engine(text, [(e.start, e.end) for e in out]) if taken.find(1, e.start, e.end) == -1
        ]
        out = sorted(out + found, key=lambda e: (e.start, e.end))
    return out


def _merge(names: list[Entity], values: list[Entity]) -> list[Entity]:
    """Merge two sorted lists of non-overlapping spans (see the module docstring for who wins)."""
    amounts = [v for v in values if v.label != "DATE"]
    kept: list[Entity] = []
    j = 0
    for e in names:
        while j < len(amounts) and amounts[j].end <= e.start:
            j += 1
        if j < len(amounts) and amounts[j].start <= e.start and e.end <= amounts[j].end:
            continue  # a currency name inside an amount
        kept.append(e)
    if not values:
        return kept
    out: list[Entity] = []
    j = 0
    for v in values:
        while j < len(kept) and kept[j].end <= v.start:
            out.append(kept[j])
            j += 1
        if j < len(kept) and kept[j].start < v.end:
            continue  # overlaps a gazetteer name, which wins
        out.append(v)
    out.extend(kept[j:])
    return out
