"""Annotations on Articles: validation and exact dict/JSON round trips (Decimal values included)."""

from __future__ import annotations

from decimal import Decimal

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from aseancorpus import Article, Entity, FormatError, Money, PartialDate, Quantity, Span, Token
from aseancorpus.model import Annotations, entity_from_dict, entity_to_dict, value_from_dict, value_to_dict
from strategies import articles

_decimals = st.decimals(allow_nan=False, allow_infinity=False, places=None, min_value=-(10**15), max_value=10**15)
values = st.none() | st.builds(
    Money, _decimals, st.sampled_from(["USD", "VND", "THB"]), st.none() | _decimals
) | st.builds(Quantity, _decimals, st.sampled_from(["dose", "person", "ton"]), st.none() | _decimals) | st.builds(
    PartialDate,
    year=st.none() | st.integers(1900, 2100),
    month=st.none() | st.integers(1, 12),
    day=st.none() | st.integers(1, 31),
)


def _spans(text: str, draw: st.DrawFn) -> list[tuple[int, int]]:
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=10)))
    return list(zip(cuts[::2], cuts[1::2], strict=False))


@st.composite
def annotations_for(draw: st.DrawFn, text: str) -> Annotations:
    """Annotations whose spans slice ``text`` (any stage may be missing)."""
    lang = st.sampled_from(["th", "vi", "en", "und"])
    sents = [Span(text[s:e], s, e, lang=draw(lang)) for s, e in _spans(text, draw)]
    words = [
        Token(
            text[s:e],
            s,
            e,
            lang=draw(lang),
            kind=draw(st.sampled_from(["word", "number", "punct", "symbol"])),
            norm=draw(st.none() | st.text(max_size=6)) or text[s:e],
        )
        for s, e in _spans(text, draw)
    ]
    ents = [
        Entity(
            text[s:e],
            s,
            e,
            label=draw(st.sampled_from(["PER", "ORG", "LOC", "MISC", "DATE", "MONEY", "QUANTITY"])),
            key=draw(st.none() | st.sampled_from(["VN", "US", "ASEAN"])),
            canonical=draw(st.none() | st.sampled_from(["Vietnam", "United States"])),
            value=draw(values),
            origin=draw(st.sampled_from(["gazetteer", "ner", "pattern"])),
        )
        for s, e in _spans(text, draw)
    ]
    return Annotations(
        sentences=sents if draw(st.booleans()) else None,
        words=words if draw(st.booleans()) else None,
        entities=ents if draw(st.booleans()) else None,
    )


@st.composite
def annotated_articles(draw: st.DrawFn) -> Article:
    """Articles from the shared strategy, some with annotations over their text."""
    a = draw(articles())
    if draw(st.booleans()):
        return a
    return attrs.evolve(a, annotations=draw(annotations_for(a.text)))


@given(annotated_articles())
def test_article_round_trips_through_json(a: Article) -> None:
    record = orjson.loads(orjson.dumps(a.to_dict()))
    back = Article.from_dict(record)
    assert back == a
    if a.annotations is not None and a.annotations.entities:
        for e1, e2 in zip(a.annotations.entities, back.annotations.entities, strict=True):  # type: ignore[union-attr]
            assert type(e1.value) is type(e2.value)


@given(values)
def test_values_round_trip_exactly(v: Money | Quantity | PartialDate | None) -> None:
    d = orjson.loads(orjson.dumps(value_to_dict(v)))
    back = value_from_dict(d)
    assert back == v
    if isinstance(v, (Money, Quantity)):
        assert isinstance(back, type(v))
        assert str(back.amount) == str(v.amount)  # same digits and exponent, not just equal


def test_amounts_are_strings_in_json() -> None:
    e = Entity("87 triệu USD", 0, 12, label="MONEY", value=Money(Decimal("87000000"), "USD"), origin="pattern")
    d = entity_to_dict(e)
    assert d["value"] == {"type": "money", "amount": "87000000", "currency": "USD", "high": None}
    assert entity_from_dict(orjson.loads(orjson.dumps(d))) == e


def test_article_without_annotations_has_null_field() -> None:
    a = Article(id="x", raw="Mỹ", language="vi")
    assert a.to_dict()["annotations"] is None
    old_record = {k: v for k, v in a.to_dict().items() if k != "annotations"}  # files written before 0.1
    assert Article.from_dict(old_record) == a


def test_merge_keeps_what_other_did_not_compute() -> None:
    w = (Token("Mỹ", 0, 2, lang="vi"),)
    s = (Span("Mỹ", 0, 2, lang="vi"),)
    merged = Annotations(words=w).merge(Annotations(sentences=s))
    assert merged == Annotations(sentences=s, words=w)


@pytest.mark.parametrize(
    "bad",
    [
        {"words": [{"text": "Mỹ", "start": 0}]},
        {"entities": [{"text": "x", "start": 0, "end": 1, "value": {"type": "money", "amount": "NaNx", "currency": "USD"}}]},
        {"entities": [{"text": "x", "start": 0, "end": 1, "value": {"type": "weird"}}]},
        {"entities": [{"text": "x", "start": 0, "end": 1, "value": {"type": "money", "amount": 1.5, "currency": "USD"}}]},
        {"sentences": None, "tokens": []},
        ["not", "a", "mapping"],
    ],
)
def test_bad_annotation_records_raise_format_error(bad: object) -> None:
    record = Article(id="x", raw="Mỹ", language="vi").to_dict()
    record["annotations"] = bad
    with pytest.raises(FormatError):
        Article.from_dict(record)
