"""What a regular expression's match can start with: a conservative reading of the ``re`` parse tree.

The cleaning engine uses it to try, for a line, only the rules whose pattern can start
with the line's first characters (lower-cased, see :func:`line_key`); the answer may be
too wide, never too narrow.

>>> import re
>>> sorted(prefixes(re.compile(r"chú\\s*thích|xem thêm", re.I)))
['chú ', 'chút', 'xem ']
>>> line_key("Tin liên quan")
'tin '
>>> dates = Starts([re.compile(r"ngày\\s*\\d+", re.I), re.compile(r"\\d{1,2}/\\d{1,2}")])
>>> dates.admits("Ngày 5/8"), dates.admits("12/7"), dates.admits("Hai bên")
(True, True, False)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, Final

__all__ = ["PREFIX_LEN", "WHITESPACE", "Starts", "line_key", "prefixes", "sre_modules"]


def sre_modules() -> tuple[Any, Any]:
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined, unused-ignore]  # noqa: I001
    except ImportError:  # Python 3.10
        import sre_constants as c  # type: ignore[no-redef, unused-ignore]
        import sre_parse as _parser  # type: ignore[no-redef, unused-ignore]
    return c, _parser


def _variants(ch: str) -> set[str] | None:
    """``ch`` and its case variants; ``None`` when a case mapping gives several characters ("İ")."""
    out = {ch, ch.lower(), ch.upper(), ch.casefold(), ch.upper().lower()}
    return out if all(len(v) == 1 for v in out) else None


#: How many leading characters of a line :func:`prefixes` and :func:`line_key` look at.
PREFIX_LEN: Final = 4

# sre matches a case-insensitive literal c where lower(x) == lower(c), or x is one of the few
# extra case forms it lists ("ſ" for "s", "ı" for "i"). A line's key is lower-cased with every
# white space character read as " "; a pattern's character stands for all of its forms.
#: Every white space character (``str.isspace``; none lies above U+3000).
WHITESPACE: Final[str] = "".join(chr(c) for c in range(0x3100) if chr(c).isspace())
_AS_SPACE: Final[dict[int, int]] = {ord(ws): 32 for ws in WHITESPACE}
_EXTRA: Final[dict[str, frozenset[str]]] = {}


def _forms(ch: str) -> set[str]:
    """The characters a line's key may hold where a pattern has ``ch`` (any case, extra forms, spaces as " ")."""
    if not _EXTRA:
        try:
            from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found, unused-ignore]
        except ImportError:  # Python 3.10: the same table lives in sre_compile
            import sre_compile  # type: ignore[import-not-found, unused-ignore]

            _EXTRA_CASES = sre_compile._ignorecase_fixes  # type: ignore[attr-defined, unused-ignore]
        for code, others in _EXTRA_CASES.items():
            _EXTRA[chr(code)] = frozenset({chr(code), *map(chr, others)})
    out: set[str] = set()
    for v in _variants(ch) or {ch}:
        low = v.lower()
        if len(low) == 1:
            low = low.translate(_AS_SPACE)
            out.add(low)
            out.update(_EXTRA.get(low, ()))
        # (a character whose lower case is two characters never appears in a key: see line_key)
    return out


@lru_cache(maxsize=1)
def _digits() -> frozenset[str]:
    """What ``\\d`` matches in a str pattern: every decimal digit."""
    return frozenset(chr(c) for c in range(0x110000) if chr(c).isdecimal())


def line_key(text: str) -> str | None:
    """The first :data:`PREFIX_LEN` characters of ``text`` as :func:`prefixes` spells them, or ``None``.

    ``None`` when lower-casing changes their number ("İ"): then no prefix can be trusted.
    """
    head = text[:PREFIX_LEN]
    key = head.lower()
    if len(key) != len(head):
        return None
    return key if key.isprintable() else key.translate(_AS_SPACE)  # (spaces other than " " are not printable)


@lru_cache(maxsize=4096)
def prefixes(pattern: re.Pattern[str], k: int = PREFIX_LEN, budget: int = 1024) -> frozenset[str] | None:
    """What a fullmatch of ``pattern`` on a stripped line can start with, as :func:`line_key` spells it.

    A line can match only if one of the strings is a prefix of its key; a string shorter
    than ``k`` means anything may follow. ``None`` means anything (no literal start known).
    Conservative: each character is compared lower-cased (and case-insensitive patterns'
    extra case forms folded), assertions are skipped, and the reading stops (keeping what
    it has) where a character class is large or a set of strings would grow past
    ``budget``. When ``k`` characters cannot be read so, fewer are (``k // 2``, down to one).
    """
    c, parser = sre_modules()

    def chars_of(op: Any, av: Any) -> set[str] | None:
        """The lower-cased characters one item matches, or ``None`` for too many or unknown."""
        if op is c.LITERAL:
            return _forms(chr(av))
        if op is not c.IN:
            return None
        out: set[str] = set()
        for op2, av2 in av:
            if op2 is c.LITERAL:
                out |= _forms(chr(av2))
            elif op2 is c.RANGE and av2[1] - av2[0] < 256:
                for x in range(av2[0], av2[1] + 1):
                    out |= _forms(chr(x))
            elif op2 is c.CATEGORY and av2 in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                out.add(" ")
            elif op2 is c.CATEGORY and av2 in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                out |= _digits()
            else:  # negated classes, words: too many to list
                return None
        return out

    def seq(items: Any, alive: set[str], done: set[str]) -> set[str]:
        """Extend the growing prefixes ``alive`` over a sequence; finished ones go to ``done``."""
        for op, av in items:
            if not alive:
                break
            alive = item(op, av, alive, done)
        return alive

    def stop(alive: set[str], done: set[str]) -> set[str]:
        done.update(alive)
        return set()

    def item(op: Any, av: Any, alive: set[str], done: set[str]) -> set[str]:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return alive
        if op is c.SUBPATTERN:
            return seq(av[-1], alive, done)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return seq(av, alive, done)
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in av[1]:
                out |= seq(branch, set(alive), done)
                if len(out) > budget:
                    return stop(out, done)
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            low, high, sub = av
            out = set(alive) if low == 0 else set()
            current = alive
            for n in range(1, k + 2):
                if high != c.MAXREPEAT and n > high:
                    break
                current = seq(sub, set(current), done)
                if n >= low:
                    out |= current
                if not current or len(out) > budget:
                    break
            else:  # still growing after k + 1 rounds: an empty repeat; read no further
                return stop(out | current, done)
            if len(out) > budget:
                return stop(out, done)
            return out
        found = chars_of(op, av)
        if found is None or len(found) * len(alive) > budget:
            return stop(alive, done)
        grown = {a + ch for a in alive for ch in found}
        done.update(a for a in grown if len(a) >= k)
        return {a for a in grown if len(a) < k}

    done: set[str] = set()
    try:
        ended = seq(parser.parse(pattern.pattern, pattern.flags), {""}, done)
    except Exception:  # the parse tree is internal to re: anything unexpected means "anything"
        return None
    found = done | ended
    if "" in found:  # some match may start with anything within k characters: read fewer
        return prefixes(pattern, k // 2, budget) if k > 1 else None
    return frozenset(found)


class Starts:
    """The line starts any of some patterns' fullmatches can have: a quick "cannot match" test.

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_open", "_starts")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        found = [prefixes(p) for p in patterns]
        self._open = any(f is None for f in found)
        self._starts = frozenset(s for f in found if f is not None for s in f)

    def admits(self, text: str) -> bool:
        """Whether one of the patterns may fullmatch ``text`` (a stripped line); ``False`` is certain."""
        if self._open:
            return True
        key = line_key(text)
        if key is None:
            return True
        starts = self._starts
        return any(key[:d] in starts for d in range(1, len(key) + 1))
