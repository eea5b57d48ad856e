"""Cleaning rules as data, and the page view their predicates look at.

A :class:`Rule` names one kind of page furniture: what it removes
(``category``), how it is recognised (a regular expression or a small
predicate) and where it applies (``kind``):

``line``
    The whole stripped line matches ``pattern`` (``fullmatch``) or ``predicate(line)``.
``tail``
    As ``line``; the line opens a block ("Tin liên quan", "ข่าวที่เกี่ยวข้อง")
    and every following line no other rule claims gets the same category,
    to the end of the article (with ``stop_at_paragraph``, up to the next full
    paragraph, so a box in the middle of the story does not swallow the rest;
    with ``stop_at_body``, up to the next body-like line).
``prefix``
    ``pattern`` matches at the start of the lead ("(VOVWORLD) -"); only the
    matched characters are removed and the rest of the line is kept.
``context``
    ``predicate(page, i)`` decides for line ``i`` from its neighbours
    (a short line right before a photo credit, a repeated headline, a
    byline after the last paragraph). Context rules run after the line and
    tail rules, in registry order.

A ``context`` rule may say ``where`` on the page it looks (``"edges"``: the
first five non-blank lines and the lines from the last body-like one on;
``"end"``: from the last body-like line on). The engine then offers it only
those lines; its predicate still decides, so ``where`` must hold for every
line the predicate accepts.

A rule may also name what a line must ``contain`` (a regular expression
searched anywhere in the line) before its pattern or predicate is tried: a
cheap pre-check that lets the engine skip most lines without calling Python
code ("ảnh" for VOV captions, a digit for date lines). It never changes what
a rule matches, only how quickly a non-match is found.

Patterns given as strings are compiled case-insensitively. Every rule only
looks at lines of at most ``max_chars`` characters, which keeps the cost of
a regular expression bounded per line: furniture is short, and a 5 MB line
is never fed to a pattern.

>>> r = Rule("ad_label", "ad", "line", pattern=r"quảng cáo", description="An ad slot label.")
>>> r.matches_line("QUẢNG CÁO")
True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

import attrs

from ..errors import InvalidArgument
from ..model import REMOVAL_CATEGORIES

__all__ = ["RULE_KINDS", "RULE_PLACES", "THAI_LETTER", "Page", "Rule", "body_like", "ends_sentence", "numbered_item", "paragraph_like", "prefix_cut",
           "word_count"]

#: Where a rule applies; see the module docstring.
RULE_KINDS: Final[tuple[str, ...]] = ("line", "tail", "prefix", "context")
#: Where on the page a ``context`` rule looks; see the module docstring.
RULE_PLACES: Final[tuple[str, ...]] = ("any", "edges", "end")

LinePredicate = Callable[[str], bool]
ContextPredicate = Callable[["Page", int], bool]
Predicate = LinePredicate | ContextPredicate


def _compile(value: Any) -> re.Pattern[str] | None:
    if value is None or isinstance(value, re.Pattern):
        return value
    if isinstance(value, str):
        try:
            return re.compile(value, re.IGNORECASE)
        except re.error as e:
            raise InvalidArgument(f"rule pattern {value!r} is not a valid regular expression: {e}") from None
    raise InvalidArgument(f"rule pattern must be a str or a compiled pattern, not {type(value).__name__}")


def _check_category(_inst: object, _attr: attrs.Attribute[Any], value: str) -> None:
    if value not in REMOVAL_CATEGORIES:
        raise InvalidArgument(f"rule category {value!r} is not allowed; use one of: {', '.join(REMOVAL_CATEGORIES)}")


def _check_kind(_inst: object, _attr: attrs.Attribute[Any], value: str) -> None:
    if value not in RULE_KINDS:
        raise InvalidArgument(f"rule kind {value!r} is not allowed; use one of: {', '.join(RULE_KINDS)}")


def _check_where(_inst: object, _attr: attrs.Attribute[Any], value: str) -> None:
    if value not in RULE_PLACES:
        raise InvalidArgument(f"rule where={value!r} is not allowed; use one of: {', '.join(RULE_PLACES)}")


def _languages(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@attrs.frozen
class Rule:
    """One named cleaning rule.

    .. versionadded:: 0.1.0

    Attributes:
        name: Unique name, recorded in every :class:`~aseancorpus.model.Removal` it makes.
        category: One of :data:`~aseancorpus.model.REMOVAL_CATEGORIES`.
        kind: One of ``RULE_KINDS`` ("line", "tail", "prefix", "context").
        pattern: A regular expression (a string is compiled case-insensitively).
        predicate: A function used instead of (or, for ``context``, with) ``pattern``:
            ``predicate(line)`` for ``line``/``tail`` rules, ``predicate(page, i)`` for
            ``context`` rules.
        languages: ISO 639-1 codes the rule is meant for; empty means every language.
        description: One sentence for the rules reference.
        max_chars: Lines longer than this are never tested.
        stop_at_body: For ``tail`` rules, end the block at the next body-like line
            (``body_like``).
        stop_at_paragraph: For ``tail`` rules, end the block at the next full paragraph
            (``paragraph_like``): a related box in the middle of a story.
        example: A line the rule removes, for the reference table (and a self-test).
        contains: A regular expression a line must contain (``search``) for the rule to be
            tried; a cheap pre-check for ``line``, ``tail`` and ``context`` rules (a string is
            compiled case-insensitively). It must hold for every line the rule matches.
        where: For ``context`` rules, the part of the page offered to the predicate: ``"any"``,
            ``"edges"`` (the first five non-blank lines, and the lines from the last body-like
            line on) or ``"end"`` (from the last body-like line on).

    Raises:
        InvalidArgument: If ``category`` or ``kind`` is unknown, the pattern does not
            compile, or neither ``pattern`` nor ``predicate`` is given.
    """

    name: str
    category: str = attrs.field(validator=_check_category)
    kind: str = attrs.field(validator=_check_kind)
    pattern: re.Pattern[str] | None = attrs.field(default=None, converter=_compile)
    predicate: Predicate | None = None
    languages: tuple[str, ...] = attrs.field(default=(), converter=_languages)
    description: str = ""
    max_chars: int = 200
    stop_at_body: bool = False
    example: str = ""
    contains: re.Pattern[str] | None = attrs.field(default=None, converter=_compile)
    stop_at_paragraph: bool = False
    where: str = attrs.field(default="any", validator=_check_where)

    def __attrs_post_init__(self) -> None:
        if not self.name or not isinstance(self.name, str):
            raise InvalidArgument(f"a rule needs a non-empty name, not {self.name!r}")
        if self.pattern is None and self.predicate is None:
            raise InvalidArgument(f"rule {self.name!r} needs a pattern or a predicate")
        if self.kind == "context" and self.predicate is None:
            raise InvalidArgument(f"context rule {self.name!r} needs a predicate(page, i)")
        if self.kind == "prefix" and self.pattern is None:
            raise InvalidArgument(f"prefix rule {self.name!r} needs a pattern")
        if self.where != "any" and self.kind != "context":
            raise InvalidArgument(f"rule {self.name!r}: where={self.where!r} is only for context rules")
        if not isinstance(self.max_chars, int) or self.max_chars < 1:
            raise InvalidArgument(f"rule {self.name!r}: max_chars must be a positive int, not {self.max_chars!r}")
        from ..lang import LANGUAGES

        unknown = [lang for lang in self.languages if lang not in LANGUAGES]
        if unknown:
            raise InvalidArgument(f"rule {self.name!r}: unknown language(s) {unknown}; use: {', '.join(LANGUAGES)}")

    def applies_to(self, language: str) -> bool:
        """Whether the rule runs for an article in ``language``.

        Rules for a language pack run on articles of that language, and on
        articles whose language is neither Thai nor Vietnamese.
        """
        return not self.languages or language in self.languages or language not in ("th", "vi")

    def matches_line(self, line: str) -> bool:
        """Whether a ``line``/``tail`` rule matches one stripped line."""
        if len(line) > self.max_chars:
            return False
        if self.contains is not None and self.contains.search(line) is None:
            return False
        if self.pattern is not None and self.pattern.fullmatch(line) is None:
            return False
        if self.predicate is not None and self.kind in ("line", "tail"):
            return bool(self.predicate(line))  # type: ignore[call-arg, arg-type]
        return True

    def match_prefix(self, line: str) -> int:
        """Length of the prefix a ``prefix`` rule removes from ``line`` (0 for none)."""
        assert self.pattern is not None
        m = self.pattern.match(line[: self.max_chars])
        return m.end() if m is not None else 0


def prefix_cut(rules: Sequence[Rule], text: str) -> tuple[int, Rule | None]:
    """How many leading characters of ``text`` the ``prefix`` rules remove, and the last that fired.

    .. versionadded:: 0.1.0

    Each rule is tried once, in order, on what the ones before it left.

    >>> tag = Rule("tag", "source", "prefix", pattern=r"\\(\\w+\\)\\s*-\\s*")
    >>> prefix_cut([tag], "(VNA) - Hai bên nhất trí.")[0]
    8
    """
    cut = 0
    hit: Rule | None = None
    for rule in rules:
        n = rule.match_prefix(text[cut:])
        if n:
            cut += n
            hit = rule
    return cut, hit


#: A character of the Thai block (letters, marks, digits).
THAI_LETTER: Final[re.Pattern[str]] = re.compile(r"[\u0e00-\u0e7f]")

_NUMBERED_ITEM: Final[re.Pattern[str]] = re.compile(r"\d{1,2}[.)]\s+\S")


def numbered_item(text: str) -> bool:
    """Whether a line opens with a list number ("1. ", "2) "): an item of a numbered list.

    .. versionadded:: 0.1.0

    >>> numbered_item("3. Dấu hiệu cơ thể đang thiếu nước"), numbered_item("30.4 triệu USD")
    (True, False)
    """
    return _NUMBERED_ITEM.match(text) is not None


def word_count(text: str) -> int:
    """Number of space-separated words.

    .. versionadded:: 0.1.0

    >>> word_count("Hai bên nhất trí.")
    4
    """
    return len(text.split())


def body_like(text: str) -> bool:
    """Whether a line reads like a body paragraph rather than a label or a name.

    .. versionadded:: 0.1.0

    >>> body_like("Bình Giang")
    False
    >>> body_like("Hai bên nhất trí tiếp tục làm sâu sắc hơn quan hệ đối tác chiến lược ASEAN-Mỹ.")
    True
    """
    n = len(text)
    if n >= 160:
        return True
    if n < 40:  # a name or a label
        return False
    if THAI_LETTER.search(text, 0, 40) is not None:
        return n >= 100
    return word_count(text) >= 12 and not text.isupper()  # not a line in capitals (a masthead, a banner)


_CLOSING: Final[str] = "\"”’'»)]"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends with ".", "!", "?" or "…", maybe before closing quotes or brackets.

    .. versionadded:: 0.1.0

    >>> ends_sentence('Ông nói: "Hai bên nhất trí."'), ends_sentence("Giá vàng hôm nay")
    (True, False)
    """
    return text.rstrip(_CLOSING).endswith((".", "!", "?", "…"))


def paragraph_like(text: str) -> bool:
    """Whether a line is a full paragraph of a story, not a headline in a list.

    .. versionadded:: 0.1.0

    Latin-script lines must end a sentence and hold at least 15 words and 100
    characters, or end with a full stop and hold at least 10 words and 60
    characters (headlines do not end with one); Thai lines (no sentence
    punctuation) at least 120 characters.

    >>> paragraph_like("Giá vàng hôm nay tiếp tục tăng mạnh")
    False
    >>> paragraph_like("Thủ tướng giao Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với các bộ, ngành theo dõi việc "
    ...                "thực hiện và báo cáo kết quả trước ngày 30/6.")
    True
    """
    n = len(text)
    if n < 60:
        return False
    if THAI_LETTER.search(text, 0, 60) is not None:
        return n >= 120
    if n < 100:
        return text.rstrip(_CLOSING).endswith(".") and word_count(text) >= 10
    return ends_sentence(text) and word_count(text) >= 15


class Page:
    """The lines of one article and what the rules said about each, for predicates.

    .. versionadded:: 0.1.0

    ``lines[i]`` is line ``i`` stripped of surrounding whitespace (``""`` for
    blank lines); ``labels[i]`` is ``(category, rule)`` once a rule removed it;
    ``boxed`` holds the lines a tail claimed after its header.
    Predicates of ``context`` rules receive the page and a line index.
    """

    __slots__ = ("_cache", "boxed", "labels", "language", "lines", "memo")

    def __init__(self, lines: Sequence[str], language: str) -> None:
        self.lines: list[str] = list(lines)
        self.language = language
        self.labels: list[tuple[str, str] | None] = [None] * len(self.lines)
        #: Lines a ``tail`` rule claimed only because they follow its header (not the header itself).
        self.boxed: set[int] = set()
        self._cache: dict[str, int | None] = {}
        #: Scratch space for predicates that remember earlier lines (e.g. repeats).
        self.memo: dict[str, Any] = {}

    def label(self, i: int, category: str, rule: str) -> None:
        """Mark line ``i`` removed.

        The cached title and lead move on from where they were, so removing
        many lines at the top one by one costs linear time, not quadratic.
        """
        kept = self.kept(i)
        self.labels[i] = (category, rule)
        cache = self._cache
        if kept and "title" in cache:
            if i == cache["title"]:
                cache["title"] = self.next_kept(i)
                cache.pop("lead", None)
                cache.pop("body_end", None)
            elif i == cache.get("lead", -1):
                cache["lead"] = self.next_kept(i)
        if cache.get("body_end", -2) == i:
            del cache["body_end"]

    def kept(self, i: int) -> bool:
        """Whether line ``i`` has text and no rule removed it."""
        return bool(self.lines[i]) and self.labels[i] is None

    def prev_kept(self, i: int) -> int | None:
        """Index of the nearest kept line before ``i``."""
        for j in range(i - 1, -1, -1):
            if self.kept(j):
                return j
        return None

    def next_kept(self, i: int) -> int | None:
        """Index of the nearest kept line after ``i``."""
        for j in range(i + 1, len(self.lines)):
            if self.kept(j):
                return j
        return None

    def prev_line(self, i: int) -> int | None:
        """Index of the nearest non-blank line before ``i``, kept or not."""
        for j in range(i - 1, -1, -1):
            if self.lines[j]:
                return j
        return None

    @property
    def title_index(self) -> int | None:
        """The title, i.e. the first kept line."""
        cache = self._cache
        if "title" not in cache:
            cache["title"] = self.next_kept(-1)
        return cache["title"]

    @property
    def lead_index(self) -> int | None:
        """The lead, i.e. the kept line after the title."""
        cache = self._cache
        if "lead" not in cache:
            t = self.title_index
            cache["lead"] = None if t is None else self.next_kept(t)
        return cache["lead"]

    @property
    def body_end(self) -> int:
        """Index of the last kept body-like line after the title (the title's index if none)."""
        cache = self._cache
        value = cache.get("body_end")
        if value is None:
            t = self.title_index
            value = -1 if t is None else t
            for j in range(len(self.lines) - 1, value, -1):
                if self.labels[j] is None and self.lines[j] and body_like(self.lines[j]):
                    value = j
                    break
            cache["body_end"] = value
        return value

    def from_body_end(self, i: int) -> bool:
        """Whether line ``i`` is the last body-like line or after it, and neither the title nor the lead.

        Where contact, address and licence footers sit: a long one may be the last body-like line itself.
        """
        return i >= self.body_end and i not in (self.title_index, self.lead_index)

    def after_body(self, i: int) -> bool:
        """Whether line ``i`` comes after the last body-like line and is neither the title nor the lead.

        Where closing furniture sits: bylines, source lines, tags, mastheads.
        """
        return i > self.body_end and i not in (self.title_index, self.lead_index)
