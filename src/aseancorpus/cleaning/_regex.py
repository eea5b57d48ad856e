"""What a regular expression's match can start with: a conservative reading of the ``re`` parse tree.

The cleaning engine uses it to try, for a line, only the rules whose pattern can start
with the line's first character; the answer may be too wide, never too narrow.

>>> import re
>>> chars, digit = first_chars(re.compile(r"[-•\\s]*(?:tin|bài)", re.I))
>>> sorted(chars), digit
(['-', 'B', 'T', 'b', 't', '•'], False)
>>> can_start(first_chars(re.compile("tin", re.I)), "T"), can_start(first_chars(re.compile("tin")), "x")
(True, False)
>>> first_chars(re.compile(".*x")) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

__all__ = ["First", "can_start", "first_chars", "sre_modules"]


def sre_modules() -> tuple[Any, Any]:
    try:
        from re import _constants as c, _parser  # type: ignore[attr-defined, unused-ignore]  # noqa: I001
    except ImportError:  # Python 3.10
        import sre_constants as c  # type: ignore[no-redef, unused-ignore]
        import sre_parse as _parser  # type: ignore[no-redef, unused-ignore]
    return c, _parser


#: What a pattern's match can start with: characters (all case variants), and whether any decimal digit.
First = tuple[frozenset[str], bool]


def _variants(ch: str) -> set[str] | None:
    """``ch`` and its case variants; ``None`` when a case mapping gives several characters ("İ")."""
    out = {ch, ch.lower(), ch.upper(), ch.casefold(), ch.upper().lower()}
    return out if all(len(v) == 1 for v in out) else None


@lru_cache(maxsize=4096)
def first_chars(pattern: re.Pattern[str]) -> First | None:
    """What a fullmatch of ``pattern`` on a stripped, non-empty line can start with; ``None`` if anything.

    Conservative: every case variant of a literal counts (whatever the flags), lookarounds and
    anchors add nothing, and ``\\s`` adds nothing (stripped lines never start with a space).
    """
    c, parser = sre_modules()
    chars: set[str] = set()
    digit = False

    def seq(items: Any) -> bool | None:
        """Add the first characters of a sequence; return whether it can match empty (None: anything)."""
        for op, av in items:
            empty = item(op, av)
            if empty is None:
                return None
            if not empty:
                return False
        return True

    def add(ch: str) -> bool | None:
        found = _variants(ch)
        if found is None:
            return None
        chars.update(found)
        return False

    def item(op: Any, av: Any) -> bool | None:
        nonlocal digit
        if op is c.LITERAL:
            return add(chr(av))
        if op is c.IN:
            for op2, av2 in av:
                if op2 is c.LITERAL:
                    if add(chr(av2)) is None:
                        return None
                elif op2 is c.RANGE and av2[1] - av2[0] < 512:
                    if any(add(chr(x)) is None for x in range(av2[0], av2[1] + 1)):
                        return None
                elif op2 is c.CATEGORY and av2 in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                    continue
                elif op2 is c.CATEGORY and av2 in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                    digit = True
                else:
                    return None
            return False
        if op is c.BRANCH:
            empty = False
            for branch in av[1]:
                e = seq(branch)
                if e is None:
                    return None
                empty = empty or e
            return empty
        if op is c.SUBPATTERN:
            return seq(av[-1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
            e = seq(av[2])
            return None if e is None else (e or av[0] == 0)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return seq(av)
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return True
        return None

    try:
        if seq(parser.parse(pattern.pattern, pattern.flags)) is None:
            return None
    except Exception:  # the parse tree is internal to re: anything unexpected means "anything"
        return None
    return frozenset(chars), digit


def can_start(first: First | None, ch: str) -> bool:
    if first is None:
        return True
    chars, digit = first
    variants = _variants(ch)
    return variants is None or (digit and ch.isdecimal()) or not chars.isdisjoint(variants)
