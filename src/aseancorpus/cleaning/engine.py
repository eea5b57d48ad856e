"""The cleaning engine: apply a table of rules to the lines of an article.

The engine is small on purpose; what counts as furniture lives in the rule
tables (:mod:`aseancorpus.cleaning.rules`). It works on lines of the raw
text, never rewrites a character, and records every removal:

1. Lines are found (``\\n``, ``\\r\\n`` and ``\\r`` all end a line) and stripped
   of spaces, non-breaking and zero-width spaces. Lines made only of such
   invisible characters become ``blank`` removals.
2. ``line`` and ``tail`` rules run on each line; a tail rule claims the lines
   after it that no other rule claims.
3. ``context`` rules look at neighbours (repeated headline, caption above a
   credit, byline after the last paragraph); footer rules at the end may take back
   lines a list claimed. Date lines amid the story (full paragraphs above and
   below) are then given back: they head a timeline.
4. ``prefix`` rules trim the lead ("(VOVWORLD) -").
5. The kept lines become blocks: ``title``, ``lead``, ``heading`` or ``paragraph``.

>>> from aseancorpus.cleaning import clean
>>> a = clean("Tiêu đề bài\\n\\nNgày 5/8, hai bên đã họp trực tuyến về hợp tác.\\n\\nẢnh: BNG\\n\\nTin liên quan\\n\\nBài khác")
>>> [(b.kind, b.text) for b in a.blocks]
[('title', 'Tiêu đề bài'), ('lead', 'Ngày 5/8, hai bên đã họp trực tuyến về hợp tác.')]
>>> [(r.category, r.text) for r in a.removed]
[('caption', 'Ảnh: BNG'), ('related', 'Tin liên quan'), ('related', 'Bài khác')]
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from operator import attrgetter
from typing import Any, Final

import attrs

from ..errors import InvalidArgument
from ..lang import LANGUAGES
from ..model import Article, Block, Removal
from ._regex import WHITESPACE, line_key, prefixes, sre_modules
from .meta import extract_metadata
from .rule import THAI_LETTER, Page, Rule, body_like, numbered_item, paragraph_like, prefix_cut
from .rules import RULES as BUILTIN_RULES

__all__ = ["Cleaner", "clean", "rules"]

# Characters that are not text: every str.isspace() character plus zero-width ones.
_ZERO_WIDTH: Final[str] = "\u200b\u200c\u200d\u2060\ufeff\u180e"
INVISIBLE: Final[str] = WHITESPACE + _ZERO_WIDTH
_ASCII_SPACE: Final[str] = " \t\x0b\x0c"
_EOL: Final[re.Pattern[str]] = re.compile(r"\r\n|\r|\n")
_TERMINAL: Final[str] = ".!?…:;,\"”’)»]"


def _line_spans(raw: str) -> list[tuple[int, int]]:
    if "\r" not in raw:
        out: list[tuple[int, int]] = []
        pos = 0
        for line in raw.split("\n"):
            end = pos + len(line)
            out.append((pos, end))
            pos = end + 1
        return out
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _EOL.finditer(raw):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(raw)))
    return spans


def _line_pieces(raw: str) -> Iterable[tuple[int, str]]:
    """``(start, line)`` for each line of ``raw``, line ends excluded."""
    if "\r" in raw:
        return ((s, raw[s:e]) for s, e in _line_spans(raw))
    out: list[tuple[int, str]] = []
    pos = 0
    for line in raw.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    return out


def _edge_removal(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of non-space characters (zero-width ones) in ``raw[start:end]``, if any."""
    seg = raw[start:end]
    core = seg.strip()
    if not core:
        return None
    left = start + (len(seg) - len(seg.lstrip()))
    return left, left + len(core)


def _is_heading(text: str, nxt: str | None) -> bool:
    if nxt is None or not body_like(nxt) or len(nxt) <= len(text):
        return False
    if text.endswith(tuple(_TERMINAL)) or (body_like(text) and len(text) > 140):
        return False
    first = text[0]
    thai = "\u0e00" <= first <= "\u0e7f"
    if thai:
        return len(text) <= 50 and text.count(" ") <= 2
    return len(text) <= 140 and len(text.split()) <= 20 and (first.isupper() or first.isdigit())


#: Categories of the lines that close a story; a related list after them is the page's tail.
_CLOSING_CATEGORIES: Final[frozenset[str]] = frozenset({"source", "byline", "comments"})
#: Categories of the buttons a row of page controls is made of.
_BUTTON_CATEGORIES: Final[frozenset[str]] = frozenset({"navigation", "widget"})


# an interviewer's turn ("PV: ...", "ถาม : ...")
_TURN: Final[re.Pattern[str]] = re.compile(
    r"(?:pv|p\.v|phóng\s+viên|hỏi|q|ถาม|ผู้สื่อข่าว|ผู้ดำเนินรายการ|ผู้ประกาศ)\s*[:：]", re.IGNORECASE
)


def _story_line(text: str) -> bool:
    """An interview turn, or a line that leads into a list or is an item of one.

    A lead-in ends in ':' or ';' (in Thai: "ดังนี้", "ได้แก่"). Headlines in a list of links
    never are such lines: one ends the list. (Numbered lines are not enough: a table of
    contents is a numbered list of links.)
    """
    return text.endswith((":", ";", "：", "ดังนี้", "ได้แก่", "ดังต่อไปนี้")) or _TURN.match(text) is not None


def _release_crosshead(page: Page, box: list[int]) -> None:
    """Give back the last line of a box that ended at a paragraph when it is a crosshead, not a headline.

    With no blank lines, a crosshead right after a related box looks like one more
    headline. It is much shorter than the box's headlines: at most 40 characters and
    under 0.7 times the shortest of the others (a box of one headline keeps it).
    """
    if len(box) < 2:
        return
    last = page.lines[box[-1]]
    if numbered_item(last) and numbered_item(page.lines[box[-2]]):  # the next item of a numbered list
        return
    shortest = min(len(page.lines[k]) for k in box[:-1])
    if len(last) <= 40 and len(last) < 0.7 * shortest and not last.endswith((".", "…")):  # a question may
        page.labels[box[-1]] = None
        page.boxed.discard(box[-1])


def _keep_dates_amid_story(page: Page) -> None:
    """Give back date lines with two full paragraphs above (below the title) and a body line below.

    Such a date is the heading of a timeline or a schedule in the story, not the page's date.
    """
    lines, labels = page.lines, page.labels
    dates = [i for i, label in enumerate(labels) if label is not None and label[0] == "dateline" and i not in page.boxed]
    if not dates:
        return
    title = page.title_index
    if title is None:
        return
    kept = [i for i in range(title + 1, len(lines)) if lines[i] and labels[i] is None]
    body = [i for i in kept if body_like(lines[i])]
    full = [i for i in body if paragraph_like(lines[i])]
    for i in dates:
        if bisect_left(full, i) >= 2 and bisect_left(body, i) < len(body):
            labels[i] = None


def _reach(rule: Rule) -> int:
    """How far a tail runs: 0 to the next body-like line, 1 to the next full paragraph, 2 to the end."""
    return 0 if rule.stop_at_body else 1 if rule.stop_at_paragraph else 2


#: A content line: (start, end, text) with ``raw[start:end] == text``, stripped of invisible characters.
_Line = tuple[int, int, str]


_START: Final = attrgetter("start")
#: How many line starts a bucket remembers the candidate rules of.
_MAX_KEYS: Final = 1 << 16
#: Up to this many strings, "does the line hold one of them" is a few ``in`` tests, not a regex search.
_FEW: Final = 8


def _scoped(pattern: re.Pattern[str]) -> str:
    return f"(?{'i' if pattern.flags & re.I else '-i'}:{pattern.pattern})"


@lru_cache(maxsize=4096)
def _fusable_cached(pattern: re.Pattern[str]) -> bool:
    if pattern.groups or pattern.flags & ~(re.I | re.U):
        return False
    try:  # a pattern with inline global flags ("(?x)...") cannot be scoped
        re.compile(_scoped(pattern))
    except re.error:
        return False
    return True


def _literals(pattern: re.Pattern[str] | None) -> list[str] | None:
    """The strings one of which ``pattern`` finds, when it is made of plain literals only.

    ``"ảnh|Ảnh|ẢNH"`` gives three strings, ``"[:|ภ]"`` three characters, and
    ``"ไม่(?:ได้|ใช่)"`` (the parser factors common prefixes out) two. Anything else
    (case-insensitive, repeats, negated or large classes, more than 64 strings) gives ``None``.
    """
    if pattern is None or pattern.flags & re.I:
        return None
    c, _parser = sre_modules()
    try:  # the parse tree is internal to re: anything unexpected just means "no gate"
        out = _expand(list(_parser.parse(pattern.pattern, pattern.flags)), c)
    except Exception:
        return None
    return sorted(out) if out else None


def _expand(items: Sequence[tuple[Any, Any]], c: Any) -> set[str] | None:
    """Every string a sequence of parsed regex items matches, when it is a small finite set."""
    found = {""}
    for op, av in items:
        options: set[str] = set()
        if op is c.LITERAL:
            options = {chr(av)}
        elif op is c.IN:
            for iop, iav in av:
                if iop is c.LITERAL:
                    options.add(chr(iav))
                elif iop is c.RANGE and iav[1] - iav[0] < 256:
                    options.update(chr(x) for x in range(iav[0], iav[1] + 1))
                else:
                    return None
        elif op is c.BRANCH:
            for branch in av[1]:
                sub = _expand(list(branch), c)
                if sub is None:
                    return None
                options |= sub
        elif op is c.SUBPATTERN and not av[1] and not av[2]:  # a group with no flags
            sub = _expand(list(av[3]), c)
            if sub is None:
                return None
            options = sub
        else:
            return None
        found = {a + b for a in found for b in options}
        if len(found) > 64:
            return None
    return found


@lru_cache(maxsize=4096)
def _literal_gate(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The strings one of which a line holds if ``pattern`` finds anything in it (empty: no such list)."""
    return tuple(_shortest(set(_literals(pattern) or ())))


def _shortest(words: set[str]) -> list[str]:
    """The words none of which holds another: a line holds one of ``words`` iff it holds one of these."""
    return sorted(w for w in words if not any(v != w and v in w for v in words))


def _fusable(pattern: re.Pattern[str] | None) -> bool:
    """Whether ``pattern`` can join an alternation: no groups to renumber, no global flags but I/U."""
    return pattern is not None and _fusable_cached(pattern)


class _Bucket:
    """The line rules that may match lines of one length range, arranged so a line costs two C calls.

    Rules with a fusable pattern (``fused``) are joined into one alternation: it tries
    its branches in order and ``fullmatch`` needs the whole line, so its first branch is
    the first of those rules whose pattern matches. A line only meets the branches whose
    pattern can start like it (its :func:`~aseancorpus.cleaning._regex.line_key`); the
    alternation of each such subset is compiled once. The other rules (``others``:
    predicate only, or patterns that cannot be fused) are gated by one search for any of
    their ``contains`` pre-checks, when they all have one. A line that neither call hits
    cannot match any rule; otherwise the candidates are tried in registry order.
    """

    __slots__ = (
        "_by_key", "_open", "_starts", "_subsets", "_suffix", "fused", "gate", "order", "others", "pattern", "words"
    )

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.fused: tuple[Rule, ...] = tuple(r for r in rules if _fusable(r.pattern))
        #: Registry position of each fused rule, to merge with ``others``.
        self.order: tuple[int, ...] = tuple(k for k, r in enumerate(rules) if _fusable(r.pattern))
        self.others: tuple[tuple[int, Rule], ...] = tuple(
            (k, r) for k, r in enumerate(rules) if not _fusable(r.pattern)
        )
        self._suffix: dict[int, re.Pattern[str] | None] = {}
        self.pattern = self._alternation(0)
        # A line only meets the fused rules whose pattern can start with its first characters:
        # ``_starts`` maps each such start to the rules, ``_open`` lists rules that may start anyhow.
        self._starts: dict[str, list[int]] = {}
        open_: list[int] = []
        for k, r in enumerate(self.fused):
            starts = prefixes(r.pattern) if r.pattern is not None else None
            if starts is None:
                open_.append(k)
                continue
            for start in starts:
                if not start[:1].isspace():  # stripped lines never start with a space
                    self._starts.setdefault(start, []).append(k)
        self._open = tuple(open_)
        self._by_key: dict[str | None, re.Pattern[str] | None] = {}
        self._subsets: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        # A rule's ``contains`` of a few plain strings is tested with ``in`` (no regex call).
        self.words: tuple[tuple[str, ...] | None, ...] = tuple(
            few if r.contains is not None and 0 < len(few := _literal_gate(r.contains)) <= _FEW else None
            for _, r in self.others
        )
        literals = [_literals(r.contains) for _, r in self.others]
        self.gate: re.Pattern[str] | tuple[str, ...] | None = None
        if literals and all(literals):
            words = _shortest({w for ws in literals if ws for w in ws})
            self.gate = tuple(words) if len(words) <= _FEW else re.compile("|".join(re.escape(w) for w in words))

    def _alternation(self, first: int) -> re.Pattern[str] | None:
        """The fused patterns from ``fused[first]`` on, as one alternation with groups named by index."""
        if first not in self._suffix:
            parts = [f"(?P<g{k}>{_scoped(p)})" for k, r in enumerate(self.fused) if k >= first and (p := r.pattern)]
            self._suffix[first] = re.compile("|".join(parts)) if parts else None
        return self._suffix[first]

    def _for_key(self, key: str | None) -> re.Pattern[str] | None:
        """The alternation of the fused rules that can match a line whose :func:`line_key` is ``key``."""
        if key is None:
            return self.pattern
        starts = self._starts
        keep = tuple(sorted({*self._open, *(k for d in range(1, len(key) + 1) for k in starts.get(key[:d], ()))}))
        found: re.Pattern[str] | None
        if keep in self._subsets:
            found = self._subsets[keep]
        elif len(keep) == len(self.fused):
            found = self._subsets[keep] = self.pattern
        else:
            parts = [f"(?P<g{k}>{_scoped(p)})" for k in keep if (p := self.fused[k].pattern) is not None]
            found = self._subsets[keep] = re.compile("|".join(parts)) if parts else None
        if len(self._by_key) >= _MAX_KEYS:  # a bounded memo: one entry per line start seen
            self._by_key.clear()
        self._by_key[key] = found
        return found

    def first_match(self, text: str) -> Rule | None:
        key = line_key(text)
        by_key = self._by_key
        pattern = by_key[key] if key in by_key else self._for_key(key)
        m = pattern.fullmatch(text) if pattern is not None else None
        gate = self.gate
        others = self.others
        if gate is None:
            pass
        elif isinstance(gate, tuple):
            for word in gate:
                if word in text:
                    break
            else:
                others = ()
        elif gate.search(text) is None:
            others = ()
        if m is None and not others:
            return None
        return self._in_order(text, m, others)

    def _in_order(self, text: str, m: re.Match[str] | None, others: Sequence[tuple[int, Rule]]) -> Rule | None:
        k = None if m is None else int(m.lastgroup[1:])  # type: ignore[index]
        j = 0
        while True:
            at = self.order[k] if k is not None else 1 << 62
            while j < len(others) and others[j][0] < at:
                rule = others[j][1]
                words = self.words[j]
                j += 1
                if words is not None:
                    for word in words:
                        if word in text:
                            break
                    else:
                        continue
                elif rule.contains is not None and rule.contains.search(text) is None:
                    continue
                if rule.pattern is not None and rule.pattern.fullmatch(text) is None:
                    continue
                if rule.predicate is None or rule.predicate(text):  # type: ignore[call-arg, arg-type]
                    return rule
            if k is None:
                return None
            rule = self.fused[k]
            if (rule.contains is None or rule.contains.search(text) is not None) and (
                rule.predicate is None or rule.predicate(text)  # type: ignore[call-arg, arg-type]
            ):
                return rule
            rest = self._alternation(k + 1)  # the pattern was only a pre-check: find the next fused match
            m = rest.fullmatch(text) if rest is not None else None
            k = None if m is None else int(m.lastgroup[1:])  # type: ignore[index]


#: A context rule as the engine reads it: predicate, max_chars, the words one of which a line must
#: hold (its ``contains`` when that is plain strings), the ``contains`` search otherwise, the
#: pattern's fullmatch, where, whether it may take back a list's lines (a footer at the end), and
#: the removal's category and rule name.
_Step = tuple[
    Callable[[Page, int], bool], int, tuple[str, ...], Callable[[str], object] | None,
    Callable[[str], object] | None, str, bool, str, str,
]


def _step(rule: Rule) -> _Step:
    predicate = rule.predicate
    assert predicate is not None
    words = _literal_gate(rule.contains) if rule.contains is not None else ()
    search = rule.contains.search if rule.contains is not None and not words else None
    fullmatch = rule.pattern.fullmatch if rule.pattern is not None else None
    footer = rule.where == "end" and rule.category == "footer"
    return (
        predicate, rule.max_chars, words, search, fullmatch, rule.where, footer, rule.category, rule.name,  # type: ignore[return-value]
    )


class _Plan:
    """Line rules grouped by length: a line of ``n`` characters only meets rules with ``max_chars >= n``."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.limits = sorted({r.max_chars for r in rules})
        self.buckets = [_Bucket([r for r in rules if r.max_chars >= limit]) for limit in self.limits]

    def first_match(self, text: str) -> Rule | None:
        k = bisect_left(self.limits, len(text))
        if k == len(self.limits):
            return None
        return self.buckets[k].first_match(text)


class Cleaner:
    """A configured cleaner: the built-in rules, minus ``disable``, plus ``extra``.

    .. versionadded:: 0.1.0

    Args:
        extra: Rules to add. ``line``/``tail``/``prefix`` rules run before the
            built-in ones of their kind (so they can claim a line first);
            ``context`` rules run after the built-in ones.
        disable: Names of built-in rules to switch off.

    Raises:
        InvalidArgument: If a name in ``disable`` is unknown, an ``extra``
            item is not a :class:`Rule`, or two rules share a name.

    Example:
        >>> from aseancorpus.cleaning import Cleaner, Rule
        >>> promo = Rule("promo_hotline", "ad", "line", pattern=r"hotline đặt hàng.*", max_chars=80)
        >>> c = Cleaner(extra=[promo], disable=["end_byline_name"])
        >>> a = c.clean("Tiêu đề\\n\\nHai bên nhất trí tăng cường hợp tác kinh tế và thương mại.\\n\\nHotline đặt hàng: 1900 1234\\n\\nBình Giang")
        >>> [(r.rule, r.text) for r in a.removed]
        [('promo_hotline', 'Hotline đặt hàng: 1900 1234')]
    """

    def __init__(self, *, extra: Iterable[Rule] = (), disable: Iterable[str] = ()) -> None:
        if isinstance(disable, str):
            disable = (disable,)
        extra = tuple(extra)
        for r in extra:
            if not isinstance(r, Rule):
                raise InvalidArgument(f"extra rules must be Rule objects, not {type(r).__name__}")
        known = {r.name for r in BUILTIN_RULES}
        off = set(disable)
        unknown = sorted(off - known - {r.name for r in extra})
        if unknown:
            raise InvalidArgument(f"unknown rule name(s) {unknown}; use one of: {', '.join(sorted(known))}")
        active = [r for r in BUILTIN_RULES if r.name not in off]
        names = [r.name for r in active] + [r.name for r in extra]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise InvalidArgument(f"rule names must be unique; {dupes} given twice (disable the built-in one first)")
        ordered: list[Rule] = []
        for kinds in (("line", "tail"), ("prefix",)):
            ordered += [r for r in extra if r.kind in kinds]
            ordered += [r for r in active if r.kind in kinds]
        ordered += [r for r in active if r.kind == "context"] + [r for r in extra if r.kind == "context"]
        self._rules: tuple[Rule, ...] = tuple(ordered)
        self._blank = any(r.name == "blank_line" for r in self._rules)
        self._plans: dict[str, _Plan] = {}
        self._kinds: dict[str, tuple[list[_Step], list[Rule]]] = {}

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The active rules, in the order they run."""
        return self._rules

    def __repr__(self) -> str:
        return f"Cleaner({len(self._rules)} rules)"

    def clean(self, article_or_text: Article | str, *, lang: str | None = None) -> Article:
        """Clean an Article (from its ``raw`` text) or a string; see :func:`clean`."""
        if lang is not None and lang not in LANGUAGES:
            raise InvalidArgument(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
        if isinstance(article_or_text, str):
            from ..io.loaders import text_article

            article = text_article(article_or_text, lang=lang)
        elif isinstance(article_or_text, Article):
            article = article_or_text if lang is None else attrs.evolve(article_or_text, language=lang)
        else:
            raise InvalidArgument(f"clean() needs an Article or a str, not {type(article_or_text).__name__}")
        blocks, removed = self._segment(article.raw, article.language)
        meta = extract_metadata(blocks, removed)
        return attrs.evolve(article, blocks=blocks, removed=removed, meta=meta)

    # -- the engine ---------------------------------------------------------------------------
    def _segment(self, raw: str, language: str) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
        removed: list[Removal] = []
        lines: list[_Line | None] = []
        texts: list[str] = []
        is_nfc = unicodedata.is_normalized
        # Pieces of an NFC text cut at line ends and at spaces are NFC too: check once.
        nfc = is_nfc("NFC", raw)
        for s, seg in _line_pieces(raw):
            e = s + len(seg)
            core = seg.strip(INVISIBLE)
            if core is seg and seg:  # nothing to strip: the common case
                lines.append((s, e, seg))
                texts.append(seg if nfc or is_nfc("NFC", seg) else unicodedata.normalize("NFC", seg))
                continue
            if not core:
                lines.append(None)
                texts.append("")
                edge = seg.strip(_ASCII_SPACE)
                if edge and self._blank:
                    left = s + (len(seg) - len(seg.lstrip(_ASCII_SPACE)))
                    removed.append(Removal("blank", "blank_line", left, left + len(edge), edge))
                elif edge:
                    self._cover(raw, s, e, removed)  # zero-width characters must be covered
                continue
            cs = s + (len(seg) - len(seg.lstrip(INVISIBLE)))
            ce = cs + len(core)
            if cs > s and not raw[s:cs].isspace():
                self._cover(raw, s, cs, removed)
            if e > ce and not raw[ce:e].isspace():
                self._cover(raw, ce, e, removed)
            lines.append((cs, ce, core))
            texts.append(core if nfc or is_nfc("NFC", core) else unicodedata.normalize("NFC", core))

        page = Page(texts, language)
        context, prefix = self._by_kind(language)
        page.memo["prefix_rules"] = prefix  # for predicates that compare the lead without its tag
        self._line_rules(page)
        self._context_rules(page, context)
        _keep_dates_amid_story(page)
        starts = self._prefix_rules(page, lines, prefix, removed) if prefix else {}

        blocks: list[Block] = []
        labels = page.labels
        kept = [i for i, ln in enumerate(lines) if ln is not None and labels[i] is None]
        last = len(kept) - 1
        for n, i in enumerate(kept):
            ls, le, core = lines[i]  # type: ignore[misc]
            start = starts.get(i, ls) if starts else ls
            if n == 0:
                kind = "title"
            elif n == 1:
                kind = "lead"
            else:
                nxt = texts[kept[n + 1]] if n < last else None
                kind = "heading" if _is_heading(texts[i], nxt) else "paragraph"
            blocks.append(Block(kind, start, le, core if start == ls else raw[start:le]))
        for i, ln in enumerate(lines):
            label = labels[i]
            if ln is not None and label is not None:
                removed.append(Removal(label[0], label[1], ln[0], ln[1], ln[2]))
        removed.sort(key=_START)
        return tuple(blocks), tuple(removed)

    @staticmethod
    def _cover(raw: str, start: int, end: int, removed: list[Removal]) -> None:
        """Record zero-width characters between ``start`` and ``end`` as a ``blank`` removal."""
        span = _edge_removal(raw, start, end)
        if span is not None:
            removed.append(Removal("blank", "blank_line", span[0], span[1], raw[span[0] : span[1]]))

    @staticmethod
    def _cover_text(ln: _Line, a: int, b: int, removed: list[Removal]) -> None:
        start, _, text = ln
        span = _edge_removal(text, a, b)
        if span is not None:
            removed.append(Removal("blank", "blank_line", start + span[0], start + span[1], text[span[0] : span[1]]))

    def _by_kind(self, language: str) -> tuple[list[_Step], list[Rule]]:
        """The context rules (as :data:`_Step` tuples) and the prefix rules for ``language``."""
        found = self._kinds.get(language)
        if found is None:
            rules = [r for r in self._rules if r.applies_to(language)]
            found = ([_step(r) for r in rules if r.kind == "context"], [r for r in rules if r.kind == "prefix"])
            self._kinds[language] = found
        return found

    def _plan(self, language: str) -> _Plan:
        plan = self._plans.get(language)
        if plan is None:
            plan = _Plan([
                r for r in self._rules
                if r.kind in ("line", "tail") and r.applies_to(language) and r.name != "blank_line"
            ])
            self._plans[language] = plan
        return plan

    def _line_rules(self, page: Page) -> None:
        plan = self._plan(page.language)
        limits, buckets = plan.limits, plan.buckets
        longest = limits[-1] if limits else 0
        tail: Rule | None = None
        reach = 0  # of the running tail: a new header names the category, the longer reach holds
        body = 0  # body-like lines seen (up to 2)
        closed = False  # furniture that closes a story (source, byline, comments) after two of them
        loose = True  # a blank line came since the running box's header
        box: list[int] = []  # the lines the running tail claimed
        box_texts: set[str] = set()
        paragraphs = 0  # full paragraphs seen, up to 2 (a headline is not one): the story began at the first
        plain = 0  # lines no line rule claimed so far
        last_button = -2  # the last line a button rule claimed (share, print, save)
        in_row = False  # the running tail's header came right after a button
        for i, text in enumerate(page.lines):
            if not text:
                if tail is not None and reach == 1:
                    if box and not loose:  # a tight box ("Tin liên quan" and its headlines, no blank between) ends here
                        tail = None
                    loose = True
                continue
            n = len(text)
            hit = buckets[bisect_left(limits, n)].first_match(text) if n <= longest else None
            if hit is not None:
                page.labels[i] = (hit.category, hit.name)
                if hit.kind == "tail":
                    # after the story's closing lines a list runs to the end, summaries and all
                    # and a list cannot run to the end before the story began ("0 bình luận" at the top)
                    new = 2 if closed else _reach(hit) if paragraphs else min(_reach(hit), 1)
                    # above the title and lead (a section label "Tin mới" over the headline): itself only; but
                    # a list that ends at the first body line (a table of contents) may follow the headline
                    if plain < 2 and not (plain == 1 and hit.stop_at_body):
                        continue
                    if tail is None:
                        tail, reach, loose, box, box_texts = hit, new, False, [], set()
                        # a comments header right after a button, above the story, may be one more button of the row
                        in_row = hit.category == "comments" and last_button == i - 1 and paragraphs < 2
                    elif reach < 2 or new > 0:  # "Xem thêm" inside a comments section does not end it
                        tail, reach = hit, max(reach, new)
                else:
                    if hit.category in _BUTTON_CATEGORIES:
                        last_button = i
                    if body == 2 and hit.category in _CLOSING_CATEGORIES:
                        closed = True
                continue
            plain += 1
            if body < 2 and body_like(text):
                body += 1
            if paragraphs < 2 and body and paragraph_like(text):
                paragraphs += 1
            if tail is not None:
                # a numbered item is story text after a box of links, not in a table of contents
                numbered_after_links = box and numbered_item(text) and not numbered_item(page.lines[box[0]])
                # a list never repeats its own item: the first crosshead of a table of contents ends it
                repeats_item = text in box_texts and tail.category != "comments"  # ("Reply" under every comment)
                # "Chia sẻ / Bình luận / Lưu" above the story: the header was a button, the story goes on
                story_after_row = in_row and not box and body_like(text)
                # a short sentence closed by a full stop after a box's headlines: the story again
                sentence_after_box = (
                    reach == 1 and box and text.endswith(".") and not text.endswith("..") and text.count(" ") >= 2
                    and not page.lines[box[-1]].endswith(".") and THAI_LETTER.search(text) is None  # ("25 พ.ค.")
                )
                # the first or next entry of a numbered table of contents, however long it reads
                next_entry = reach == 0 and len(text) <= 120 and numbered_item(text) and (
                    not box or numbered_item(page.lines[box[-1]])
                )
                # (a footer's list, such as a document's recipients, has items ending in ";")
                if (
                    (_story_line(text) and tail.category != "footer") or numbered_after_links or repeats_item
                    or story_after_row or sentence_after_box
                    or (body_like(text) and not next_entry if reach == 0 else reach == 1 and paragraph_like(text))
                ):
                    _release_crosshead(page, box)
                    tail = None
                    continue
                page.labels[i] = (tail.category, tail.name)
                page.boxed.add(i)
                box.append(i)
                box_texts.add(text)
            elif closed and body_like(text):
                closed = False  # the story goes on: that source line was under a table or a quote

    @staticmethod
    def _context_rules(page: Page, steps: Sequence[_Step]) -> None:
        lines, labels, boxed = page.lines, page.labels, page.boxed
        candidates = [i for i, text in enumerate(lines) if text and labels[i] is None]
        if not candidates and not boxed:
            return
        longest = max(map(len, lines))
        by_limit: dict[int, list[int]] = {}  # candidates no longer than a rule's max_chars
        fifth = -1  # the first five non-blank lines end here (found when first needed)
        text: str | None = None  # the whole page, for the rules' rare words
        end = -2  # page.body_end, read again after a rule removes a line
        placed: dict[tuple[str, int, int, int], list[int]] = {}  # pools of rules that look at part of the page
        for predicate, limit, words, search, fullmatch, where, footer, category, name in steps:
            if words:  # a rare phrase: one scan of the page says whether any line can hold it
                if text is None:
                    text = "\n".join(lines)
                for word in words:
                    if word in text:
                        break
                else:
                    continue
            if where != "any":  # only the part of the page the rule looks at
                if end == -2:
                    end = page.body_end
                whole = footer and bool(boxed)
                key = (where, limit, end, len(boxed) if whole else -1)
                pool = placed.get(key)
                if pool is None:
                    rest = candidates[bisect_left(candidates, end) :]
                    if where == "edges":
                        if fifth < 0:
                            nonblank = [i for i, line in enumerate(lines) if line]
                            fifth = nonblank[5] if len(nonblank) > 5 else len(lines)
                        rest = candidates[: bisect_left(candidates, min(fifth, end))] + rest
                    pool = [i for i in rest if len(lines[i]) <= limit]
                    if whole:
                        # a list that runs to the end of the page does not hold the site's footer
                        pool = sorted(pool + [i for i in boxed if i >= end and len(lines[i]) <= limit])
                    placed[key] = pool
            else:
                pool = by_limit.get(limit)
                if pool is None:
                    pool = by_limit[limit] = (
                        candidates if limit >= longest else [i for i in candidates if len(lines[i]) <= limit]
                    )
            if not pool:
                continue
            if words:
                pool = [i for i in pool if any(map(lines[i].__contains__, words))]
            if search is not None:
                pool = [i for i in pool if search(lines[i]) is not None]
            if fullmatch is not None:
                pool = [i for i in pool if fullmatch(lines[i]) is not None]
            for i in pool:
                if (labels[i] is None or i in boxed) and predicate(page, i):
                    page.label(i, category, name)
                    boxed.discard(i)
                    end = -2

    @staticmethod
    def _prefix_rules(
        page: Page, lines: Sequence[_Line | None], rules: Sequence[Rule], removed: list[Removal]
    ) -> dict[int, int]:
        """Trim outlet tags from the lead; return new start offsets of trimmed lines."""
        starts: dict[int, int] = {}
        if not rules:
            return starts
        while True:
            i = page.lead_index
            if i is None:
                return starts
            ln = lines[i]
            assert ln is not None
            ls, le, text = ln
            cut, hit = prefix_cut(rules, text)
            if hit is None:
                return starts
            rest = text[cut:].lstrip(INVISIBLE)
            tag = text[:cut].rstrip(INVISIBLE)
            if not rest:
                page.label(i, hit.category, hit.name)
                continue
            removed.append(Removal(hit.category, hit.name, ls, ls + len(tag), tag))
            starts[i] = le - len(rest)
            Cleaner._cover_text(ln, len(tag), len(text) - len(rest), removed)
            return starts


_DEFAULT: Cleaner | None = None


def _default() -> Cleaner:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Cleaner()
    return _DEFAULT


def clean(
    article_or_text: Article | str, *, lang: str | None = None, rules: Cleaner | Iterable[Rule] | None = None
) -> Article:
    """Split an article into kept blocks and removed furniture, losslessly.

    .. versionadded:: 0.1.0

    Args:
        article_or_text: An :class:`~aseancorpus.model.Article` (cleaned from its
            ``raw`` text) or a string (its id is a hash of the text, as in
            :func:`~aseancorpus.load_text`).
        lang: ISO 639-1 code to clean as; by default the article's language
            (detected for strings).
        rules: A :class:`Cleaner`, or the exact rules to run; by default the
            built-in registry.

    Returns:
        A new Article with ``blocks``, ``removed`` and ``meta`` filled in.

    Raises:
        InvalidArgument: If the input is neither an Article nor a string, or
            ``lang`` is unknown.

    Example:
        >>> a = clean("Thúc đẩy hợp tác\\nChiều 5.8, tại Phnom Penh, hai bên đã gặp nhau.\\nBình luận (0)")
        >>> a.lead, a.meta.dateline.day, [r.category for r in a.removed]
        ('Chiều 5.8, tại Phnom Penh, hai bên đã gặp nhau.', 5, ['comments'])
    """
    if rules is None:
        cleaner = _default()
    elif isinstance(rules, Cleaner):
        cleaner = rules
    else:
        given = tuple(rules)
        cleaner = Cleaner(extra=given, disable=[r.name for r in BUILTIN_RULES])
    return cleaner.clean(article_or_text, lang=lang)


def rules() -> tuple[Rule, ...]:
    """The built-in rules, in the order they run.

    .. versionadded:: 0.1.0

    >>> any(r.name == "photo_credit_line" for r in rules())
    True
    """
    return BUILTIN_RULES
