"""The data model: articles, their blocks and removed spans, tokens and entities.

Every class is a frozen :mod:`attrs` class with slots. Offsets are character
offsets, end exclusive, and always slice back to the span's text:
``raw[block.start:block.end] == block.text``.

>>> from aseancorpus.model import Block
>>> raw = "Ngoại trưởng Mỹ\\n\\nChiều 10/7, Hà Nội."
>>> b = Block(kind="title", start=0, end=15, text="Ngoại trưởng Mỹ")
>>> raw[b.start:b.end] == b.text
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, Final, Literal

import attrs

from .errors import FormatError, InvalidArgument

__all__ = [
    "BLOCK_KINDS",
    "ENTITY_LABELS",
    "REMOVAL_CATEGORIES",
    "Annotations",
    "Article",
    "Block",
    "Dateline",
    "Entity",
    "EntityValue",
    "Metadata",
    "Money",
    "PartialDate",
    "Quantity",
    "Removal",
    "Span",
    "Token",
    "entity_from_dict",
    "entity_to_dict",
    "value_from_dict",
    "value_to_dict",
]

BlockKind = Literal["title", "lead", "paragraph", "heading"]

#: Kinds of kept block, in the order they usually appear.
BLOCK_KINDS: Final[tuple[str, ...]] = ("title", "lead", "paragraph", "heading")

#: The fixed vocabulary of categories for removed spans.
REMOVAL_CATEGORIES: Final[tuple[str, ...]] = (
    "caption",
    "duplicate",
    "related",
    "byline",
    "source",
    "comments",
    "widget",
    "navigation",
    "dateline",
    "footer",
    "ad",
    "blank",
)

#: Entity labels produced by ``aseancorpus.entities``.
ENTITY_LABELS: Final[tuple[str, ...]] = ("PER", "ORG", "LOC", "MISC", "DATE", "MONEY", "QUANTITY")

#: Separator between kept blocks in :attr:`Article.text`.
BLOCK_SEPARATOR: Final[str] = "\n\n"


def _one_of(allowed: tuple[str, ...], what: str) -> Any:
    def check(_inst: object, _attr: attrs.Attribute[Any], value: str) -> None:
        if value not in allowed:
            raise InvalidArgument(f"{what} {value!r} is not allowed; use one of: {', '.join(allowed)}")

    return check


def _check_offsets(inst: Any, _attr: attrs.Attribute[Any], end: int) -> None:
    if not 0 <= inst.start <= end:
        raise InvalidArgument(f"bad offsets start={inst.start} end={end}: need 0 <= start <= end")
    if len(inst.text) != end - inst.start:
        raise InvalidArgument(
            f"text {inst.text[:40]!r} has length {len(inst.text)} but end - start = {end - inst.start}"
        )


@attrs.frozen
class Block:
    """A kept stretch of the raw text: the title, the lead, a paragraph or a heading.

    .. versionadded:: 0.1.0

    Attributes:
        kind: One of :data:`~aseancorpus.model.BLOCK_KINDS`.
        start: Offset of the first character in :attr:`Article.raw`.
        end: Offset just past the last character.
        text: ``raw[start:end]``.
    """

    kind: str = attrs.field(validator=_one_of(BLOCK_KINDS, "block kind"))
    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str


@attrs.frozen
class Removal:
    """A span of the raw text that cleaning removed, and why.

    .. versionadded:: 0.1.0

    Attributes:
        category: One of :data:`~aseancorpus.model.REMOVAL_CATEGORIES`.
        rule: Name of the cleaning rule that removed it.
        start: Offset of the first character in :attr:`Article.raw`.
        end: Offset just past the last character.
        text: ``raw[start:end]``.
    """

    category: str = attrs.field(validator=_one_of(REMOVAL_CATEGORIES, "removal category"))
    rule: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    text: str


@attrs.frozen
class Dateline:
    """The date an article gives for its events ("Chiều 10/7", "เช้าวันที่ 14 กรกฎาคม").

    .. versionadded:: 0.1.0

    Attributes:
        text: The dateline as written.
        day: Day of month, or ``None`` when not given.
        month: Month (1-12), or ``None``.
        year: Year in the Common Era (Buddhist-era years converted), or ``None``.
    """

    text: str
    day: int | None = None
    month: int | None = None
    year: int | None = None


def _str_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Metadata:
    """What cleaning learned about an article.

    .. versionadded:: 0.1.0

    Attributes:
        source: Outlet or agency ("VOV World", "TTXVN/Vietnam+"), or a host name.
        url: The article's URL when the text gives one.
        authors: Names from bylines.
        photo_credits: Names from "Ảnh: ..." credits.
        dateline: The dateline, or ``None``.
    """

    source: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    photo_credits: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    dateline: Dateline | None = None


@attrs.frozen
class Span:
    """A stretch of text, e.g. a sentence, with its language.

    .. versionadded:: 0.1.0

    Attributes:
        text: ``source[start:end]``.
        start: Offset of the first character.
        end: Offset just past the last character.
        lang: ISO 639-1 code of the language the span was processed as.
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    lang: str = "und"


@attrs.frozen
class Token:
    """A word, number or punctuation mark, with offsets into the text it came from.

    .. versionadded:: 0.1.0

    Attributes:
        text: ``source[start:end]``, exactly as in the text.
        start: Offset of the first character.
        end: Offset just past the last character.
        lang: ISO 639-1 code of the language that segmented it.
        kind: ``"word"``, ``"number"``, ``"punct"``, ``"space"``, ``"url"``,
            ``"email"`` or ``"symbol"``.
        norm: The form asked for (lowercased, compounds joined with ``_``...);
            equal to ``text`` unless an option changed it.
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    lang: str = "und"
    kind: str = "word"
    norm: str = attrs.field(default=attrs.Factory(lambda self: self.text, takes_self=True))


@attrs.frozen
class Money:
    """An amount of money. ``high`` is set for ranges ("10-20 triệu USD").

    .. versionadded:: 0.1.0

    >>> Money(Decimal("87000000"), "USD")
    Money(amount=Decimal('87000000'), currency='USD', high=None)
    """

    amount: Decimal
    currency: str
    high: Decimal | None = None


@attrs.frozen
class Quantity:
    """A counted or measured amount ("500 ล้านโดส" → 500,000,000 dose).

    .. versionadded:: 0.1.0
    """

    amount: Decimal
    unit: str
    high: Decimal | None = None


@attrs.frozen
class PartialDate:
    """A date of which any part may be unknown ("năm 2025" → year only).

    .. versionadded:: 0.1.0
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None


EntityValue = Money | Quantity | PartialDate | None


@attrs.frozen
class Entity:
    """A named entity or a value found in a text.

    .. versionadded:: 0.1.0

    Attributes:
        text: ``source[start:end]``.
        start: Offset of the first character.
        end: Offset just past the last character.
        label: One of :data:`~aseancorpus.model.ENTITY_LABELS`.
        key: Stable id of the canonical entity (ISO 3166-1 alpha-2 for
            countries), or ``None`` for names only NER found.
        canonical: English name of the canonical entity, or ``None``.
        value: :class:`Money`, :class:`Quantity` or :class:`PartialDate` for
            values, else ``None``.
        origin: What found it: ``"gazetteer"``, ``"ner"`` or ``"pattern"``.
    """

    text: str
    start: int
    end: int = attrs.field(validator=_check_offsets)
    label: str = attrs.field(default="MISC", validator=_one_of(ENTITY_LABELS, "entity label"))
    key: str | None = None
    canonical: str | None = None
    value: EntityValue = None
    origin: str = "gazetteer"


def _opt_tuple(value: Any) -> tuple[Any, ...] | None:
    return None if value is None else tuple(value)


@attrs.frozen
class Annotations:
    """What the pipeline computed for an article; ``None`` for a stage not run.

    .. versionadded:: 0.1.0

    Offsets are into :attr:`aseancorpus.Article.text` (the kept blocks joined by blank
    lines), so ``article.text[t.start:t.end] == t.text`` for every span.

    Attributes:
        sentences: Sentences, or ``None`` when not computed.
        words: Tokens, or ``None`` when not computed.
        entities: Entities, or ``None`` when not computed.

    >>> ann = Annotations(words=[Token("Mỹ", 0, 2, lang="vi")])
    >>> ann.words
    (Token(text='Mỹ', start=0, end=2, lang='vi', kind='word', norm='Mỹ'),)
    >>> ann.sentences is None
    True
    """

    sentences: tuple[Span, ...] | None = attrs.field(default=None, converter=_opt_tuple)
    words: tuple[Token, ...] | None = attrs.field(default=None, converter=_opt_tuple)
    entities: tuple[Entity, ...] | None = attrs.field(default=None, converter=_opt_tuple)

    def merge(self, other: Annotations) -> Annotations:
        """These annotations, with every stage ``other`` computed taken from ``other``."""
        return Annotations(
            sentences=other.sentences if other.sentences is not None else self.sentences,
            words=other.words if other.words is not None else self.words,
            entities=other.entities if other.entities is not None else self.entities,
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (amounts as decimal strings); see :meth:`from_dict`.

        >>> a = Annotations(entities=[Entity("87 triệu USD", 0, 12, label="MONEY",
        ...     value=Money(Decimal("87000000"), "USD"), origin="pattern")])
        >>> Annotations.from_dict(a.to_dict()) == a
        True
        >>> a.to_dict()["entities"][0]["value"]
        {'type': 'money', 'amount': '87000000', 'currency': 'USD', 'high': None}
        """
        return {
            "sentences": None if self.sentences is None else [_span_dict(s) for s in self.sentences],
            "words": None if self.words is None else [_token_dict(t) for t in self.words],
            "entities": None if self.entities is None else [entity_to_dict(e) for e in self.entities],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Annotations:
        """Build Annotations from :meth:`to_dict` output.

        Raises:
            FormatError: If a field is unknown or has the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise FormatError(f"annotations must be a mapping, not {type(data).__name__}")
        unknown = set(data) - {"sentences", "words", "entities"}
        if unknown:
            raise FormatError(f"unknown annotation fields: {', '.join(sorted(unknown))}")
        try:
            sents, words, ents = data.get("sentences"), data.get("words"), data.get("entities")
            return cls(
                sentences=None if sents is None else [Span(**s) for s in sents],
                words=None if words is None else [Token(**t) for t in words],
                entities=None if ents is None else [entity_from_dict(e) for e in ents],
            )
        except (TypeError, ValueError, KeyError, ArithmeticError) as e:
            raise FormatError(f"bad annotations record: {e}") from e


def _span_dict(s: Span) -> dict[str, Any]:
    return {"text": s.text, "start": s.start, "end": s.end, "lang": s.lang}


def _token_dict(t: Token) -> dict[str, Any]:
    return {"text": t.text, "start": t.start, "end": t.end, "lang": t.lang, "kind": t.kind, "norm": t.norm}


def _dec(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _undec(value: Any) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, (str, int)):
        raise FormatError(f"an amount must be a decimal string, not {value!r}")
    return Decimal(value)


def value_to_dict(value: EntityValue) -> dict[str, Any] | None:
    """Encode an entity value as a JSON-safe dict with a ``type`` tag (amounts as strings).

    .. versionadded:: 0.1.0

    Raises:
        InvalidArgument: If ``value`` is not a Money, Quantity, PartialDate or ``None``.

    >>> value_to_dict(PartialDate(year=2025))
    {'type': 'date', 'year': 2025, 'month': None, 'day': None}
    """
    if value is None:
        return None
    if isinstance(value, Money):
        return {"type": "money", "amount": str(value.amount), "currency": value.currency, "high": _dec(value.high)}
    if isinstance(value, Quantity):
        return {"type": "quantity", "amount": str(value.amount), "unit": value.unit, "high": _dec(value.high)}
    if isinstance(value, PartialDate):
        return {"type": "date", "year": value.year, "month": value.month, "day": value.day}
    raise InvalidArgument(f"cannot encode entity value {value!r}; use Money, Quantity, PartialDate or None")


def value_from_dict(data: Mapping[str, Any] | None) -> EntityValue:
    """Decode :func:`value_to_dict` output.

    .. versionadded:: 0.1.0

    Raises:
        FormatError: If the ``type`` tag is unknown or a field is malformed.
    """
    if data is None:
        return None
    if not isinstance(data, Mapping):
        raise FormatError(f"an entity value must be a mapping or null, not {type(data).__name__}")
    kind = data.get("type")
    try:
        if kind == "money":
            amount = _undec(data["amount"])
            assert amount is not None
            return Money(amount, data["currency"], _undec(data.get("high")))
        if kind == "quantity":
            amount = _undec(data["amount"])
            assert amount is not None
            return Quantity(amount, data["unit"], _undec(data.get("high")))
        if kind == "date":
            return PartialDate(year=data.get("year"), month=data.get("month"), day=data.get("day"))
    except (KeyError, AssertionError, ArithmeticError) as e:
        raise FormatError(f"bad {kind} value {dict(data)!r}: {e!r}") from None
    raise FormatError(f"unknown entity value type {kind!r}; expected one of: money, quantity, date")


def entity_to_dict(e: Entity) -> dict[str, Any]:
    """Encode an :class:`Entity` as a JSON-safe dict (see :func:`value_to_dict`).

    .. versionadded:: 0.1.0
    """
    return {
        "text": e.text,
        "start": e.start,
        "end": e.end,
        "label": e.label,
        "key": e.key,
        "canonical": e.canonical,
        "value": value_to_dict(e.value),
        "origin": e.origin,
    }


def entity_from_dict(data: Mapping[str, Any]) -> Entity:
    """Decode :func:`entity_to_dict` output.

    .. versionadded:: 0.1.0

    Raises:
        FormatError: If a field is missing or malformed.
    """
    fields = dict(data)
    value = value_from_dict(fields.pop("value", None))
    try:
        return Entity(value=value, **fields)
    except (TypeError, ValueError) as e:
        raise FormatError(f"bad entity record {data!r}: {e}") from None


def _no_empty_annotations(value: Annotations | None) -> Annotations | None:
    """Annotations with no stage computed are stored as ``None``, so both spellings are equal."""
    if value is not None and value.sentences is None and value.words is None and value.entities is None:
        return None
    return value


def _block_tuple(value: Any) -> tuple[Block, ...]:
    return tuple(value)


def _removal_tuple(value: Any) -> tuple[Removal, ...]:
    return tuple(value)


@attrs.frozen
class Article:
    """One news article: the raw text, what was kept, what was removed and why.

    .. versionadded:: 0.1.0

    ``blocks`` and ``removed`` hold offsets into :attr:`raw`; together they never
    overlap and cover every non-whitespace character of ``raw``.

    Attributes:
        id: Stable id: the file stem, or a content hash for strings.
        raw: The decoded text exactly as in the file (a BOM is dropped; line
            ends are kept as they were).
        language: ISO 639-1 code of the main language ("th", "vi", ...).
        blocks: The kept blocks, in text order.
        removed: The removed spans, in text order.
        meta: Metadata found while cleaning.
        path: The file the article was read from, or ``None``.
        encoding: The encoding the bytes were decoded with, or ``None``.
        replaced: How many characters were replaced when loading with
            ``errors="replace"``.
        annotations: Sentences, words and entities computed by
            :meth:`Corpus.annotate <aseancorpus.Corpus.annotate>`, or ``None``
            when no stage was computed (empty ``Annotations`` become ``None``).

    Example:
        >>> from aseancorpus import load_text
        >>> a = load_text("Mỹ và ASEAN\\n\\nNgày 5/8, hai bên họp trực tuyến.", clean=False)
        >>> a.title
        'Mỹ và ASEAN'
        >>> a.language
        'vi'
    """

    id: str
    raw: str
    language: str
    blocks: tuple[Block, ...] = attrs.field(default=(), converter=_block_tuple)
    removed: tuple[Removal, ...] = attrs.field(default=(), converter=_removal_tuple)
    meta: Metadata = attrs.field(factory=Metadata)
    path: str | None = None
    encoding: str | None = None
    replaced: int = 0
    annotations: Annotations | None = attrs.field(default=None, converter=_no_empty_annotations)

    # -- views -------------------------------------------------------------
    @property
    def title(self) -> str | None:
        """Text of the title block, or ``None``."""
        return next((b.text for b in self.blocks if b.kind == "title"), None)

    @property
    def lead(self) -> str | None:
        """Text of the lead (standfirst) block, or ``None``."""
        return next((b.text for b in self.blocks if b.kind == "lead"), None)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """Texts of the body blocks (paragraphs and headings), in order."""
        return tuple(b.text for b in self.blocks if b.kind in ("paragraph", "heading"))

    @property
    def text(self) -> str:
        """The kept blocks joined by blank lines, which is the clean text of the article."""
        return BLOCK_SEPARATOR.join(b.text for b in self.blocks)

    def block_offsets(self) -> Iterator[tuple[int, Block]]:
        """Yield ``(offset_in_text, block)`` for each block.

        ``article.text[o:o + len(b.text)] == b.text`` for every pair, so an
        offset into :attr:`text` can be mapped back to :attr:`raw`.
        """
        pos = 0
        for b in self.blocks:
            yield pos, b
            pos += len(b.text) + len(BLOCK_SEPARATOR)

    def to_raw_offset(self, offset: int) -> int:
        """Map an offset into :attr:`text` to the matching offset into :attr:`raw`.

        Offsets that fall on a block separator map to the end of the block before it.

        Raises:
            InvalidArgument: If ``offset`` is outside ``0..len(text)``.
        """
        if not 0 <= offset <= len(self.text):
            raise InvalidArgument(f"offset {offset} is outside the article text (0..{len(self.text)})")
        raw_pos = 0
        for pos, b in self.block_offsets():
            if offset < pos:
                return raw_pos
            if offset <= pos + len(b.text):
                return b.start + (offset - pos)
            raw_pos = b.end
        return raw_pos

    # -- pipeline shortcuts -------------------------------------------------
    def sentences(self, **options: Any) -> list[Span]:
        """Sentences of :attr:`text`; see ``aseancorpus.sentences``."""
        from .tokenize import sentences

        options.setdefault("lang", self.language)
        return sentences(self.text, **options)

    def words(self, **options: Any) -> list[Token]:
        """Words of :attr:`text`; see ``aseancorpus.words``."""
        from .tokenize import words

        options.setdefault("lang", self.language)
        return words(self.text, **options)

    def entities(self, **options: Any) -> list[Entity]:
        """Entities in :attr:`text`; see ``aseancorpus.entities``."""
        from .entity import entities

        return entities(self, **options)

    # -- serialization -------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict; :meth:`from_dict` turns it back into an equal Article.

        >>> from aseancorpus import load_text
        >>> a = load_text("Tiêu đề\\n\\nNội dung bài.", clean=False)
        >>> Article.from_dict(a.to_dict()) == a
        True
        """
        return {
            "id": self.id,
            "raw": self.raw,
            "language": self.language,
            "blocks": [attrs.asdict(b) for b in self.blocks],
            "removed": [attrs.asdict(r) for r in self.removed],
            "meta": attrs.asdict(self.meta),
            "path": self.path,
            "encoding": self.encoding,
            "replaced": self.replaced,
            "annotations": None if self.annotations is None else self.annotations.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build an Article from :meth:`to_dict` output.

        Raises:
            FormatError: If a field is missing, unknown, or has the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise FormatError(f"an article record must be a mapping, not {type(data).__name__}")
        try:
            fields = dict(data)
            meta = dict(fields.pop("meta", None) or {})
            dl = meta.pop("dateline", None)
            ann = fields.pop("annotations", None)
            return cls(
                annotations=Annotations.from_dict(ann) if ann is not None else None,
                blocks=tuple(Block(**b) for b in fields.pop("blocks", ())),
                removed=tuple(Removal(**r) for r in fields.pop("removed", ())),
                meta=Metadata(dateline=Dateline(**dl) if dl is not None else None, **meta),
                **fields,
            )
        except (TypeError, ValueError, KeyError, ArithmeticError) as e:
            ident = data.get("id", "?")
            raise FormatError(f"bad article record (id={ident!r}): {e}") from e
